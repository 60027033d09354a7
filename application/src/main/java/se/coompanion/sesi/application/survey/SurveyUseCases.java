package se.coompanion.sesi.application.survey;

import java.time.Clock;
import se.coompanion.sesi.application.SesiPorts;
import se.coompanion.sesi.application.prestudy.ActivityMeasure;
import se.coompanion.sesi.application.shared.CommandValidator;
import se.coompanion.sesi.application.shared.UseCaseBoundary;
import se.coompanion.sesi.application.survey.port.in.ChangeEntrySettings;
import se.coompanion.sesi.application.survey.port.in.CompareEntries;
import se.coompanion.sesi.application.survey.port.in.ComputeResponseRates;
import se.coompanion.sesi.application.survey.port.in.ComputeSurveyResults;
import se.coompanion.sesi.application.survey.port.in.ExportSurveyData;
import se.coompanion.sesi.application.survey.port.in.ImportReturns;
import se.coompanion.sesi.application.survey.port.in.ImportSamplingFrame;
import se.coompanion.sesi.application.survey.port.in.KeyReturn;
import se.coompanion.sesi.application.survey.port.in.ListContactWaves;
import se.coompanion.sesi.application.survey.port.in.ListSamplingFrame;
import se.coompanion.sesi.application.survey.port.in.LoadQuestionnaire;
import se.coompanion.sesi.application.survey.port.in.RecordDisposition;
import se.coompanion.sesi.application.survey.port.in.ResolveDisagreement;
import se.coompanion.sesi.application.survey.port.in.SendContactWave;
import se.coompanion.sesi.application.survey.port.in.ShowEntryStatus;
import se.coompanion.sesi.application.survey.port.in.ShowQuestionnaire;
import se.coompanion.sesi.application.survey.port.in.ShowSurveyUnit;

/**
 * The postal survey to associations: questionnaire, sampling frame, fieldwork, data entry, double entry and results.
 *
 * <p>This area's use cases, each behind its in-port and guarded by {@link UseCaseBoundary}; built by
 * {@link #create} from the out-ports. A new use case of this area is added here and nowhere else in the
 * application.
 */
public final class SurveyUseCases {

    private final LoadQuestionnaire loadQuestionnaire;
    private final ShowQuestionnaire showQuestionnaire;
    private final ImportSamplingFrame importSamplingFrame;
    private final ListSamplingFrame listSamplingFrame;
    private final ShowSurveyUnit showSurveyUnit;
    private final SendContactWave sendContactWave;
    private final ListContactWaves listContactWaves;
    private final RecordDisposition recordDisposition;
    private final ComputeResponseRates computeResponseRates;
    private final ImportReturns importReturns;
    private final KeyReturn keyReturn;
    private final ChangeEntrySettings changeEntrySettings;
    private final ShowEntryStatus showEntryStatus;
    private final CompareEntries compareEntries;
    private final ResolveDisagreement resolveDisagreement;
    private final ComputeSurveyResults computeSurveyResults;
    private final ExportSurveyData exportSurveyData;

    private SurveyUseCases(QuestionnaireService questionnaires, SamplingFrameService frame, FieldworkService fieldwork,
            ResponseRateService responseRates, DataEntryService entry, DoubleEntryService doubleEntry,
            SurveyResultsService results) {
        this.loadQuestionnaire = UseCaseBoundary.guard(LoadQuestionnaire.class, questionnaires);
        this.showQuestionnaire = UseCaseBoundary.guard(ShowQuestionnaire.class, questionnaires);
        this.importSamplingFrame = UseCaseBoundary.guard(ImportSamplingFrame.class, frame);
        this.listSamplingFrame = UseCaseBoundary.guard(ListSamplingFrame.class, frame);
        this.showSurveyUnit = UseCaseBoundary.guard(ShowSurveyUnit.class, frame);
        this.sendContactWave = UseCaseBoundary.guard(SendContactWave.class, fieldwork);
        this.listContactWaves = UseCaseBoundary.guard(ListContactWaves.class, fieldwork);
        this.recordDisposition = UseCaseBoundary.guard(RecordDisposition.class, fieldwork);
        this.computeResponseRates = UseCaseBoundary.guard(ComputeResponseRates.class, responseRates);
        this.importReturns = UseCaseBoundary.guard(ImportReturns.class, entry);
        this.keyReturn = UseCaseBoundary.guard(KeyReturn.class, entry);
        this.changeEntrySettings = UseCaseBoundary.guard(ChangeEntrySettings.class, doubleEntry);
        this.showEntryStatus = UseCaseBoundary.guard(ShowEntryStatus.class, doubleEntry);
        this.compareEntries = UseCaseBoundary.guard(CompareEntries.class, doubleEntry);
        this.resolveDisagreement = UseCaseBoundary.guard(ResolveDisagreement.class, doubleEntry);
        this.computeSurveyResults = UseCaseBoundary.guard(ComputeSurveyResults.class, results);
        this.exportSurveyData = UseCaseBoundary.guard(ExportSurveyData.class, results);
    }

    /** This area's use cases over the out-ports, validating with {@code commands}, dating by {@code clock}. */
    public static SurveyUseCases create(SesiPorts ports, CommandValidator commands, Clock clock) {
        QuestionnaireService questionnaires = new QuestionnaireService(ports.questionnaires(), ports.contactWaves(),
                ports.transactions(), commands, clock);
        SamplingFrameService frame = new SamplingFrameService(ports.samplingFrames(), ports.contactWaves(),
                ports.dispositionEvents(), ports.preStudies(), ports.importLog(), ports.transactions(), commands,
                clock);
        FieldworkService fieldwork = new FieldworkService(ports.samplingFrames(), ports.contactWaves(),
                ports.dispositionEvents(), ports.questionnaires(), ports.keyedForms(), ports.returnedForms(),
                ports.transactions(), commands, clock);
        ResponseRateService responseRates = new ResponseRateService(ports.dispositionEvents(), ports.preStudies(),
                ports.transactions(), commands);
        DataEntryService entry = new DataEntryService(ports.samplingFrames(), ports.contactWaves(),
                ports.dispositionEvents(), ports.questionnaires(), ports.keyedForms(), ports.returnedForms(),
                ports.importLog(), ports.transactions(), commands, clock);
        DoubleEntryService doubleEntry = new DoubleEntryService(ports.samplingFrames(), ports.dispositionEvents(),
                ports.questionnaires(), ports.keyedForms(), ports.returnedForms(), ports.transactions(), commands,
                clock);
        SurveyResultsService results = new SurveyResultsService(ports.questionnaires(), ports.returnedForms(),
                ports.preStudies(), ports.transactions(), commands, clock);
        return new SurveyUseCases(questionnaires, frame, fieldwork, responseRates, entry, doubleEntry, results);
    }

    /** What this area contributes to the pre-study's progress ({@code ShowProgress}). */
    public static ActivityMeasure progressMeasure(SesiPorts ports) {
        return new PostalSurveyMeasure(ports.samplingFrames(), ports.contactWaves(), ports.dispositionEvents(),
                ports.questionnaires(), ports.returnedForms());
    }

    public LoadQuestionnaire loadQuestionnaire() {
        return loadQuestionnaire;
    }

    public ShowQuestionnaire showQuestionnaire() {
        return showQuestionnaire;
    }

    public ImportSamplingFrame importSamplingFrame() {
        return importSamplingFrame;
    }

    public ListSamplingFrame listSamplingFrame() {
        return listSamplingFrame;
    }

    public ShowSurveyUnit showSurveyUnit() {
        return showSurveyUnit;
    }

    public SendContactWave sendContactWave() {
        return sendContactWave;
    }

    public ListContactWaves listContactWaves() {
        return listContactWaves;
    }

    public RecordDisposition recordDisposition() {
        return recordDisposition;
    }

    public ComputeResponseRates computeResponseRates() {
        return computeResponseRates;
    }

    public ImportReturns importReturns() {
        return importReturns;
    }

    public KeyReturn keyReturn() {
        return keyReturn;
    }

    public ChangeEntrySettings changeEntrySettings() {
        return changeEntrySettings;
    }

    public ShowEntryStatus showEntryStatus() {
        return showEntryStatus;
    }

    public CompareEntries compareEntries() {
        return compareEntries;
    }

    public ResolveDisagreement resolveDisagreement() {
        return resolveDisagreement;
    }

    public ComputeSurveyResults computeSurveyResults() {
        return computeSurveyResults;
    }

    public ExportSurveyData exportSurveyData() {
        return exportSurveyData;
    }
}
