package se.coompanion.sesi.application.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.coompanion.sesi.application.SesiApplication;
import se.coompanion.sesi.application.prestudy.port.in.StartPreStudy;
import se.coompanion.sesi.application.shared.ConflictException;
import se.coompanion.sesi.application.shared.ImportOptions;
import se.coompanion.sesi.application.shared.InvalidInputException;
import se.coompanion.sesi.application.shared.NotFoundException;
import se.coompanion.sesi.application.shared.Problem;
import se.coompanion.sesi.application.survey.port.in.ImportSamplingFrame;
import se.coompanion.sesi.application.survey.port.in.LoadQuestionnaire;
import se.coompanion.sesi.application.survey.port.in.RecordDisposition;
import se.coompanion.sesi.application.survey.port.in.SendContactWave;
import se.coompanion.sesi.application.survey.port.in.ShowSurveyUnit;
import se.coompanion.sesi.application.testing.InMemorySesiPorts;
import se.coompanion.sesi.application.testing.SurveyFiles;
import se.coompanion.sesi.application.testing.TestValidation;
import se.coompanion.sesi.domain.survey.ContactWave;
import se.coompanion.sesi.domain.survey.Disposition;
import se.coompanion.sesi.domain.survey.DispositionEvent;
import se.coompanion.sesi.domain.survey.FrameUnit;
import se.coompanion.sesi.domain.survey.ResponseId;
import se.coompanion.sesi.domain.survey.WaveType;

class FieldworkServiceTest {

    /** The test clock's day. */
    private static final LocalDate TODAY = LocalDate.of(2024, 3, 15);
    private static final LocalDate MARCH_4 = LocalDate.of(2024, 3, 4);
    private static final LocalDate MARCH_11 = LocalDate.of(2024, 3, 11);
    private static final LocalDate MARCH_18 = LocalDate.of(2024, 3, 18);

    private final InMemorySesiPorts ports = new InMemorySesiPorts();
    private final SesiApplication sesi = TestValidation.application(ports);

    @BeforeEach
    void fiveUnits() {
        sesi.preStudy().startPreStudy().start(StartPreStudy.Command.sesi());
        sesi.survey().importSamplingFrame().importFrame(new ImportSamplingFrame.Command(SurveyFiles.frame("ram.csv", 1,
                5), ImportOptions.ALL_OR_NOTHING));
    }

    private void loadQuestionnaire() {
        sesi.survey().loadQuestionnaire().load(new LoadQuestionnaire.Command(SurveyFiles.smallDictionary()));
    }

    private SendContactWave.Result send(WaveType type, LocalDate date) {
        return sesi.survey().sendContactWave().send(new SendContactWave.Command(type, date, Optional.empty()));
    }

    private SendContactWave.Result send(WaveType type, LocalDate date, String... ids) {
        List<SendContactWave.Line> lines = new java.util.ArrayList<>();
        for (int i = 0; i < ids.length; i++) {
            lines.add(new SendContactWave.Line(i + 1, ids[i]));
        }
        return sesi.survey().sendContactWave().send(new SendContactWave.Command(type, date,
                Optional.of(new SendContactWave.Chosen("ids.txt", lines))));
    }

    private RecordDisposition.Result dispose(String id, Disposition disposition) {
        return sesi.survey().recordDisposition().record(new RecordDisposition.Command(id, disposition, Optional.empty(),
                false));
    }

    private static List<String> ids(SendContactWave.Result result) {
        return result.recipients().stream().map(u -> u.responseId().orElseThrow().toString()).toList();
    }

    @Test
    void the_dillman_sequence_goes_to_the_units_still_without_a_final_disposition() {
        loadQuestionnaire();

        SendContactWave.Result preNotice = send(WaveType.PRE_NOTICE, MARCH_4);
        assertThat(preNotice.wave()).isEqualTo(new ContactWave(1, WaveType.PRE_NOTICE, MARCH_4, 5, OptionalInt.empty(),
                TestValidation.CLOCK.instant()));
        dispose("S-0002-1", Disposition.REFUSAL);

        SendContactWave.Result questionnaire = send(WaveType.QUESTIONNAIRE, MARCH_11);
        assertThat(ids(questionnaire)).containsExactly("S-0001-3", "S-0003-7", "S-0004-5", "S-0005-9");
        assertThat(questionnaire.wave().questionnaireVersion()).hasValue(1);
        dispose("S-0001-3", Disposition.COMPLETE);
        dispose("S-0004-5", Disposition.UNKNOWN_UNDELIVERABLE);

        SendContactWave.Result reminder = send(WaveType.REMINDER_POSTCARD, MARCH_18);
        assertThat(ids(reminder)).containsExactly("S-0003-7", "S-0005-9");
        FrameUnit first = reminder.recipients().get(0);
        assertThat(first.address().street()).isEqualTo("Storgatan 1");
        assertThat(sesi.survey().listContactWaves().list()).extracting(ContactWave::type).containsExactly(
                WaveType.PRE_NOTICE, WaveType.QUESTIONNAIRE, WaveType.REMINDER_POSTCARD);
        assertThat(ports.contactWaves().unitsSent(WaveType.QUESTIONNAIRE)).isEqualTo(4);
    }

    @Test
    void a_chosen_list_is_checked_id_by_id_with_every_problem_at_once() {
        loadQuestionnaire();
        send(WaveType.QUESTIONNAIRE, MARCH_11, "S-0001-3", "S-0002-1");
        dispose("S-0002-1", Disposition.COMPLETE);

        assertThatThrownBy(() -> send(WaveType.REMINDER_POSTCARD, MARCH_18, "S-0001-3", "S-0001-4", "S-0002-1",
                "S-0003-7", "S-0001-3", "S-0099-9"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(Problem::toString).containsExactly(
                                "ids.txt:2: response_id: Response id S-0001-4: the check digit does not match: a digit "
                                        + "is mistyped or two digits are swapped; check the id on the form",
                                "ids.txt:3: response_id: S-0002-1 is already finalised (complete): waves go only to "
                                        + "units with nothing returned",
                                "ids.txt:4: response_id: S-0003-7 has not been sent the questionnaire: a reminder "
                                        + "postcard follows the questionnaire",
                                "ids.txt:5: response_id: S-0001-3 is listed twice (first on line 1)",
                                "ids.txt:6: response_id: No unit of the survey population has the response id "
                                        + "S-0099-9"));
        assertThat(sesi.survey().listContactWaves().list()).hasSize(1);

        assertThat(ids(send(WaveType.REMINDER_POSTCARD, MARCH_18, "s-0001-3"))).containsExactly("S-0001-3");
    }

    @Test
    void a_wave_needs_a_frame_a_questionnaire_if_it_carries_one_recipients_and_is_recorded_once() {
        assertThatThrownBy(() -> send(WaveType.QUESTIONNAIRE, MARCH_11))
                .isInstanceOf(ConflictException.class).hasMessageContaining("none is loaded");
        send(WaveType.PRE_NOTICE, MARCH_4);
        assertThatThrownBy(() -> send(WaveType.PRE_NOTICE, MARCH_4))
                .isInstanceOf(ConflictException.class).hasMessage("A pre-notice letter dated 2024-03-04 is already "
                        + "recorded (wave 1)");
        assertThatThrownBy(() -> send(WaveType.REMINDER_POSTCARD, MARCH_18))
                .isInstanceOf(ConflictException.class).hasMessageContaining("No unit to send a reminder postcard to");
        assertThat(sesi.survey().listContactWaves().list()).hasSize(1);
    }

    @Test
    void a_new_questionnaire_version_after_mailing_says_which_version_was_mailed() {
        loadQuestionnaire();
        send(WaveType.QUESTIONNAIRE, MARCH_11);

        LoadQuestionnaire.Result changed = sesi.survey().loadQuestionnaire().load(new LoadQuestionnaire.Command(
                SurveyFiles.dictionary("v2.csv", List.of(SurveyFiles.question("q4", "", "Ny fråga", "TEXT", "", "n",
                        "", "", "")))));

        assertThat(changed.version().number()).isEqualTo(2);
        assertThat(changed.mailedWithVersion()).hasValue(1);
    }

    @Test
    void a_disposition_is_recorded_with_its_history_and_the_last_event_is_the_units_disposition() {
        RecordDisposition.Result refusal =
                sesi.survey().recordDisposition().record(new RecordDisposition.Command("S-0003-7",
                Disposition.REFUSAL, Optional.of(LocalDate.of(2024, 3, 12)), false));

        assertThat(refusal.previous()).isEqualTo(Disposition.UNKNOWN_NO_RETURN);
        assertThat(refusal.recorded()).contains(new DispositionEvent(ResponseId.of(3), Disposition.REFUSAL,
                LocalDate.of(2024, 3, 12), TestValidation.CLOCK.instant(), DispositionEvent.Source.MANUAL));
        assertThat(dispose("S-0003-7", Disposition.REFUSAL).recorded()).as("the same again").isEmpty();

        assertThatThrownBy(() -> dispose("S-0003-7", Disposition.COMPLETE))
                .isInstanceOf(ConflictException.class)
                .hasMessage("S-0003-7 is REFUSAL since 2024-03-12: a final disposition changes to COMPLETE only on "
                        + "purpose, with --replace");
        sesi.survey().recordDisposition().record(new RecordDisposition.Command("S-0003-7", Disposition.COMPLETE,
                Optional.empty(), true));

        ShowSurveyUnit.Result unit = sesi.survey().showSurveyUnit().show(new ShowSurveyUnit.Query("S-0003-7"));
        assertThat(unit.disposition()).isEqualTo(Disposition.COMPLETE);
        assertThat(unit.history()).extracting(DispositionEvent::disposition, DispositionEvent::occurredOn)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(Disposition.REFUSAL, LocalDate.of(2024, 3, 12)),
                        org.assertj.core.groups.Tuple.tuple(Disposition.COMPLETE, TODAY));
        assertThat(sesi.survey().listSamplingFrame().population().get(2).disposition()).isEqualTo(Disposition.COMPLETE);
    }

    @Test
    void a_mistyped_unknown_or_future_disposition_is_refused() {
        assertThatThrownBy(() -> dispose("S-0003-8", Disposition.REFUSAL))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(Problem::field).containsExactly("responseId"))
                .hasMessageContaining("the check digit does not match");
        assertThatThrownBy(() -> dispose(ResponseId.of(6).toString(), Disposition.REFUSAL))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> sesi.survey().recordDisposition().record(new RecordDisposition.Command("S-0003-7",
                Disposition.REFUSAL, Optional.of(TODAY.plusDays(1)), false)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("after today (2024-03-15)");
        assertThat(ports.dispositionEvents().current()).isEmpty();
    }
}
