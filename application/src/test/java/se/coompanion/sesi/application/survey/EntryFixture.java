package se.coompanion.sesi.application.survey;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import se.coompanion.sesi.application.SesiApplication;
import se.coompanion.sesi.application.prestudy.port.in.StartPreStudy;
import se.coompanion.sesi.application.shared.ImportOptions;
import se.coompanion.sesi.application.survey.port.in.ImportReturns;
import se.coompanion.sesi.application.survey.port.in.ImportSamplingFrame;
import se.coompanion.sesi.application.survey.port.in.KeyReturn;
import se.coompanion.sesi.application.survey.port.in.LoadQuestionnaire;
import se.coompanion.sesi.application.survey.port.in.SendContactWave;
import se.coompanion.sesi.application.testing.InMemorySesiPorts;
import se.coompanion.sesi.application.testing.SurveyFiles;
import se.coompanion.sesi.application.testing.TestValidation;
import se.coompanion.sesi.domain.survey.ResponseId;
import se.coompanion.sesi.domain.survey.WaveType;
import se.coompanion.sesi.domain.survey.entry.EntryPass;

/**
 * The survey of the data-entry tests: the SESI pre-study, the questionnaire of {@link SurveyFiles#entryDictionary()},
 * a frame of six units (S-0001 to S-0003 ekonomiska föreningar in Sundsvall, county 22; S-0004 to S-0006 ideella
 * föreningar with business activity in Östersund, county 23), all sent the questionnaire on 2024-03-11. The clock's
 * day is 2024-03-15.
 */
final class EntryFixture {

    static final LocalDate MAILED = LocalDate.of(2024, 3, 11);

    final InMemorySesiPorts ports = new InMemorySesiPorts();
    final SesiApplication sesi = TestValidation.application(ports);

    EntryFixture() {
        sesi.preStudy().startPreStudy().start(StartPreStudy.Command.sesi());
        List<List<String>> rows = new ArrayList<>();
        for (int n = 1; n <= 3; n++) {
            rows.add(SurveyFiles.association(n));
        }
        for (int n = 4; n <= 6; n++) {
            rows.add(SurveyFiles.nonProfitInJamtland(n));
        }
        sesi.survey().importSamplingFrame().importFrame(new ImportSamplingFrame.Command(SurveyFiles.frame("ram.csv",
                rows), ImportOptions.ALL_OR_NOTHING));
        sesi.survey().loadQuestionnaire().load(new LoadQuestionnaire.Command(SurveyFiles.entryDictionary()));
        sesi.survey().sendContactWave().send(new SendContactWave.Command(WaveType.QUESTIONNAIRE, MAILED,
                Optional.empty()));
    }

    /** The id of unit n as printed: S-0001-3, ... */
    static String id(int n) {
        return ResponseId.of(n).toString();
    }

    ImportReturns.Result importFile(String name, EntryPass pass, List<List<String>> rows) {
        return importFile(name, pass, ImportOptions.ALL_OR_NOTHING, rows);
    }

    ImportReturns.Result importFile(String name, EntryPass pass, ImportOptions options, List<List<String>> rows) {
        return sesi.survey().importReturns().importReturns(new ImportReturns.Command(SurveyFiles.entry(name, rows),
                options, pass, OptionalInt.empty(), false, Optional.empty(), "anna"));
    }

    KeyReturn.Result key(int unit, EntryPass pass, String keyedBy, Map<String, String> answers) {
        return sesi.survey().keyReturn().key(new KeyReturn.Command(id(unit), answers, pass, OptionalInt.empty(), false,
                Optional.empty(), keyedBy));
    }

    /** A complete form of unit n: naring 1, anstallda 12, omrade 1|7, annat Bygg, behov 4, omsattning 2,5, stod 1. */
    static List<String> complete(int n) {
        return SurveyFiles.form(id(n), "1", "12", "1|7", "Bygg", "4", "2,5", "1");
    }
}
