package se.coompanion.sesi.application.survey;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.coompanion.sesi.application.SesiApplication;
import se.coompanion.sesi.application.prestudy.port.in.StartPreStudy;
import se.coompanion.sesi.application.shared.ImportOptions;
import se.coompanion.sesi.application.survey.port.in.ImportSamplingFrame;
import se.coompanion.sesi.application.survey.port.in.LoadQuestionnaire;
import se.coompanion.sesi.application.survey.port.in.RecordDisposition;
import se.coompanion.sesi.application.survey.port.in.SendContactWave;
import se.coompanion.sesi.application.testing.InMemorySesiPorts;
import se.coompanion.sesi.application.testing.SurveyFiles;
import se.coompanion.sesi.application.testing.TestValidation;
import se.coompanion.sesi.domain.prestudy.ActivityKey;
import se.coompanion.sesi.domain.prestudy.ActivityProgress;
import se.coompanion.sesi.domain.prestudy.ProgressStatus;
import se.coompanion.sesi.domain.shared.Message;
import se.coompanion.sesi.domain.survey.Disposition;
import se.coompanion.sesi.domain.survey.WaveType;

class PostalSurveyMeasureTest {

    private final InMemorySesiPorts ports = new InMemorySesiPorts();
    private final SesiApplication sesi = TestValidation.application(ports);

    @BeforeEach
    void start() {
        sesi.preStudy().startPreStudy().start(StartPreStudy.Command.sesi());
    }

    private ActivityProgress survey() {
        return sesi.preStudy().showProgress().show().activities().get(ActivityKey.POSTAL_SURVEY.ordinal());
    }

    private static List<String> details(ActivityProgress progress, Locale locale) {
        return progress.details().stream().map(m -> m.format(locale)).toList();
    }

    @Test
    void nothing_recorded_is_not_started_and_the_target_is_all_of_a_frame_still_empty() {
        ActivityProgress progress = survey();

        assertThat(progress.status()).isEqualTo(ProgressStatus.NOT_STARTED);
        assertThat(progress.target()).isZero();
        assertThat(progress.details()).isEmpty();
    }

    @Test
    void the_target_is_the_population_and_a_unit_counts_when_it_was_sent_the_questionnaire() {
        sesi.survey().importSamplingFrame().importFrame(new ImportSamplingFrame.Command(SurveyFiles.frame("ram.csv", 1,
                4), ImportOptions.ALL_OR_NOTHING));
        sesi.survey().loadQuestionnaire().load(new LoadQuestionnaire.Command(SurveyFiles.smallDictionary()));
        sesi.survey().sendContactWave().send(new SendContactWave.Command(WaveType.QUESTIONNAIRE, LocalDate.of(2024, 3,
                11), Optional.of(new SendContactWave.Chosen("ids", List.of(new SendContactWave.Line(1, "S-0001-3"),
                        new SendContactWave.Line(2, "S-0002-1"), new SendContactWave.Line(3, "S-0003-7"))))));

        ActivityProgress partly = survey();
        assertThat(partly.target()).isEqualTo(4);
        assertThat(partly.actual()).isEqualTo(3);
        assertThat(partly.status()).isEqualTo(ProgressStatus.IN_PROGRESS);

        sesi.survey().sendContactWave().send(new SendContactWave.Command(WaveType.QUESTIONNAIRE, LocalDate.of(2024, 3,
                12), Optional.empty()));
        sesi.survey().recordDisposition().record(new RecordDisposition.Command("S-0001-3", Disposition.COMPLETE,
                Optional.empty(), false));

        ActivityProgress done = survey();
        assertThat(done.actual()).isEqualTo(4);
        assertThat(done.status()).isEqualTo(ProgressStatus.DONE);
        // RR2 = (I+P) / all = 1/4 = 25.0 %
        assertThat(details(done, Locale.ROOT)).containsExactly("done when every unit of the population was sent the questionnaire or got a final disposition "
                + "before it: 4 of 4", "4 units in the frame, 4 in the survey population", "questionnaire version 1",
                "2 mailings sent", "4 sent the questionnaire", "one complete return",
                "response rate (RR2) 25.0 %, which is not part of the target");
        assertThat(details(done, Locale.forLanguageTag("sv"))).contains("svarsfrekvens (RR2) 25,0 %, som inte är en del av målet",
                "ett fullständigt svar");
        assertThat(done.details()).allMatch(m -> m instanceof Message);
    }

    @Test
    void a_unit_finalised_before_the_questionnaire_reached_it_counts_as_settled() {
        sesi.survey().importSamplingFrame().importFrame(new ImportSamplingFrame.Command(SurveyFiles.frame("ram.csv", 1,
                3), ImportOptions.ALL_OR_NOTHING));
        sesi.survey().loadQuestionnaire().load(new LoadQuestionnaire.Command(SurveyFiles.smallDictionary()));
        sesi.survey().sendContactWave().send(new SendContactWave.Command(WaveType.PRE_NOTICE, LocalDate.of(2024, 3, 4),
                Optional.empty()));
        // the pre-notice to S-0002-1 comes back undeliverable: it is finalised and gets no questionnaire
        sesi.survey().recordDisposition().record(new RecordDisposition.Command("S-0002-1",
                Disposition.UNKNOWN_UNDELIVERABLE, Optional.of(LocalDate.of(2024, 3, 6)), false));
        sesi.survey().sendContactWave().send(new SendContactWave.Command(WaveType.QUESTIONNAIRE, LocalDate.of(2024, 3,
                11), Optional.empty()));

        ActivityProgress progress = survey();

        assertThat(progress.target()).isEqualTo(3);
        assertThat(progress.actual()).as("2 sent the questionnaire + 1 settled before").isEqualTo(3);
        assertThat(progress.status()).isEqualTo(ProgressStatus.DONE);
        assertThat(details(progress, Locale.ROOT)).contains("2 sent the questionnaire",
                "1 finalised before it was sent to them", "response rate (RR2) 0.0 %, which is not part of the target");
    }
}
