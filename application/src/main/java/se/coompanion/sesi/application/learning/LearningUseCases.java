package se.coompanion.sesi.application.learning;

import java.time.Clock;
import se.coompanion.sesi.application.SesiPorts;
import se.coompanion.sesi.application.competence.CompetenceUseCases;
import se.coompanion.sesi.application.learning.port.in.AddModule;
import se.coompanion.sesi.application.learning.port.in.ChangeModule;
import se.coompanion.sesi.application.learning.port.in.CreateProgrammeVersion;
import se.coompanion.sesi.application.learning.port.in.ImportEvaluations;
import se.coompanion.sesi.application.learning.port.in.ListEvaluations;
import se.coompanion.sesi.application.learning.port.in.ListPilotRuns;
import se.coompanion.sesi.application.learning.port.in.ListProgrammeVersions;
import se.coompanion.sesi.application.learning.port.in.RecordFollowUp;
import se.coompanion.sesi.application.learning.port.in.RecordPilotRun;
import se.coompanion.sesi.application.learning.port.in.RemoveModule;
import se.coompanion.sesi.application.learning.port.in.ShowLearningResults;
import se.coompanion.sesi.application.learning.port.in.ShowProgrammeVersion;
import se.coompanion.sesi.application.prestudy.ActivityMeasure;
import se.coompanion.sesi.application.shared.CommandValidator;
import se.coompanion.sesi.application.shared.UseCaseBoundary;

/**
 * The prototype learning programme: its versions and modules, the pilot runs, their evaluations and results.
 *
 * <p>This area's use cases, each behind its in-port and guarded by {@link UseCaseBoundary}; built by
 * {@link #create} from the out-ports. A new use case of this area is added here and nowhere else in the
 * application.
 */
public final class LearningUseCases {

    private final CreateProgrammeVersion createProgrammeVersion;
    private final ListProgrammeVersions listProgrammeVersions;
    private final ShowProgrammeVersion showProgrammeVersion;
    private final AddModule addModule;
    private final ChangeModule changeModule;
    private final RemoveModule removeModule;
    private final RecordPilotRun recordPilotRun;
    private final ListPilotRuns listPilotRuns;
    private final ImportEvaluations importEvaluations;
    private final ListEvaluations listEvaluations;
    private final RecordFollowUp recordFollowUp;
    private final ShowLearningResults showLearningResults;

    private LearningUseCases(LearningProgrammeService programme, PilotService pilot, LearningResultsService results) {
        this.createProgrammeVersion = UseCaseBoundary.guard(CreateProgrammeVersion.class, programme);
        this.listProgrammeVersions = UseCaseBoundary.guard(ListProgrammeVersions.class, programme);
        this.showProgrammeVersion = UseCaseBoundary.guard(ShowProgrammeVersion.class, programme);
        this.addModule = UseCaseBoundary.guard(AddModule.class, programme);
        this.changeModule = UseCaseBoundary.guard(ChangeModule.class, programme);
        this.removeModule = UseCaseBoundary.guard(RemoveModule.class, programme);
        this.recordPilotRun = UseCaseBoundary.guard(RecordPilotRun.class, pilot);
        this.listPilotRuns = UseCaseBoundary.guard(ListPilotRuns.class, pilot);
        this.importEvaluations = UseCaseBoundary.guard(ImportEvaluations.class, pilot);
        this.listEvaluations = UseCaseBoundary.guard(ListEvaluations.class, pilot);
        this.recordFollowUp = UseCaseBoundary.guard(RecordFollowUp.class, pilot);
        this.showLearningResults = UseCaseBoundary.guard(ShowLearningResults.class, results);
    }

    /**
     * This area's use cases over the out-ports, validating commands with {@code commands} and dating what
     * they record by {@code clock}.
     *
     * @param competence the competence mapping, whose framework the modules name and whose ranking the results read
     */
    public static LearningUseCases create(SesiPorts ports, CompetenceUseCases competence, CommandValidator commands,
            Clock clock) {
        LearningProgrammeService programme = new LearningProgrammeService(ports.learningProgrammes(), ports.pilotRuns(),
                ports.learningEvaluations(), competence.showCompetenceFramework(), ports.transactions(), commands,
                clock);
        PilotService pilot = new PilotService(ports.learningProgrammes(), ports.pilotRuns(),
                ports.learningEvaluations(), ports.importLog(), ports.transactions(), commands, clock);
        LearningResultsService results = new LearningResultsService(ports.learningProgrammes(), ports.pilotRuns(),
                ports.learningEvaluations(), competence.rankCompetences(), ports.transactions());
        return new LearningUseCases(programme, pilot, results);
    }

    /** What this area contributes to the pre-study's progress ({@code ShowProgress}). */
    public static ActivityMeasure progressMeasure(SesiPorts ports) {
        return new LearningProgrammeMeasure(ports.learningProgrammes(), ports.pilotRuns(), ports.learningEvaluations());
    }

    public CreateProgrammeVersion createProgrammeVersion() {
        return createProgrammeVersion;
    }

    public ListProgrammeVersions listProgrammeVersions() {
        return listProgrammeVersions;
    }

    public ShowProgrammeVersion showProgrammeVersion() {
        return showProgrammeVersion;
    }

    public AddModule addModule() {
        return addModule;
    }

    public ChangeModule changeModule() {
        return changeModule;
    }

    public RemoveModule removeModule() {
        return removeModule;
    }

    public RecordPilotRun recordPilotRun() {
        return recordPilotRun;
    }

    public ListPilotRuns listPilotRuns() {
        return listPilotRuns;
    }

    public ImportEvaluations importEvaluations() {
        return importEvaluations;
    }

    public ListEvaluations listEvaluations() {
        return listEvaluations;
    }

    public RecordFollowUp recordFollowUp() {
        return recordFollowUp;
    }

    public ShowLearningResults showLearningResults() {
        return showLearningResults;
    }
}
