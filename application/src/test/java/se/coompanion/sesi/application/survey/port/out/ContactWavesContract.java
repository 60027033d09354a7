package se.coompanion.sesi.application.survey.port.out;

import static org.assertj.core.api.Assertions.assertThat;
import static se.coompanion.sesi.application.survey.port.out.SurveyUnits.member;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.coompanion.sesi.application.testing.PortContract;
import se.coompanion.sesi.domain.survey.ContactWave;
import se.coompanion.sesi.domain.survey.QuestionnaireVersion;
import se.coompanion.sesi.domain.survey.ResponseId;
import se.coompanion.sesi.domain.survey.WaveType;

/** The contract of the {@link ContactWaves} out-port, for every implementation. */
public abstract class ContactWavesContract extends PortContract {

    private static final Instant NOW = Instant.parse("2024-03-01T09:00:00Z");
    private static final LocalDate MARCH_4 = LocalDate.of(2024, 3, 4);
    private static final LocalDate MARCH_11 = LocalDate.of(2024, 3, 11);
    private static final LocalDate MARCH_12 = LocalDate.of(2024, 3, 12);

    private ContactWaves waves() {
        return ports().contactWaves();
    }

    private static List<ResponseId> ids(int from, int to) {
        return IntStream.rangeClosed(from, to).mapToObj(ResponseId::of).toList();
    }

    @BeforeEach
    void frameOf2500Units() {
        ports().transactions().run(() -> {
            ports().samplingFrames().addAll(IntStream.rangeClosed(1, 2500).mapToObj(i -> member(i, "2281"))
                    .toList());
            ports().questionnaires().add(new QuestionnaireVersion(1, QuestionnairesContract.everyType(),
                    "enkat.csv", NOW));
        });
    }

    @Test
    void waves_come_back_in_order_with_their_number_of_recipients_and_questionnaire_version() {
        ContactWave preNotice = new ContactWave(1, WaveType.PRE_NOTICE, MARCH_4, 2500, OptionalInt.empty(), NOW);
        ContactWave questionnaire = new ContactWave(2, WaveType.QUESTIONNAIRE, MARCH_11, 2000, OptionalInt.of(1), NOW);
        ContactWave late = new ContactWave(3, WaveType.QUESTIONNAIRE, MARCH_12, 3, OptionalInt.of(1), NOW);
        ports().transactions().run(() -> {
            waves().add(preNotice, ids(1, 2500));
            waves().add(questionnaire, ids(1, 2000));
            waves().add(late, ids(1999, 2001));
        });

        assertThat(tx(waves()::all)).containsExactly(preNotice, questionnaire, late);
        assertThat(tx(() -> waves().unitsSent(WaveType.QUESTIONNAIRE))).isEqualTo(2001);
        assertThat(tx(() -> waves().unitsSent(WaveType.REMINDER_POSTCARD))).isZero();
        assertThat(tx(() -> waves().sentTo(ResponseId.of(2000)))).containsExactly(preNotice, questionnaire, late);
        assertThat(tx(() -> waves().sentTo(ResponseId.of(2400)))).containsExactly(preNotice);

        Map<ResponseId, Map<WaveType, LocalDate>> sent = tx(waves()::sentByUnit);
        assertThat(sent).hasSize(2500);
        assertThat(sent.get(ResponseId.of(2000))).as("the first date of each kind")
                .isEqualTo(Map.of(WaveType.PRE_NOTICE, MARCH_4, WaveType.QUESTIONNAIRE, MARCH_11));
        assertThat(sent.get(ResponseId.of(2001))).isEqualTo(Map.of(WaveType.PRE_NOTICE, MARCH_4,
                WaveType.QUESTIONNAIRE, MARCH_12));
    }

    @Test
    void no_waves_at_first() {
        assertThat(tx(waves()::all)).isEmpty();
        assertThat(tx(waves()::sentByUnit)).isEmpty();
    }

    @Test
    void each_unit_has_the_versions_it_was_sent_the_last_one_mailed_and_the_first_date() {
        ports().transactions().run(() -> {
            ports().questionnaires().add(new QuestionnaireVersion(2, QuestionnairesContract.everyType(),
                    "enkat-v2.csv", NOW));
            waves().add(new ContactWave(1, WaveType.PRE_NOTICE, MARCH_4, 3, OptionalInt.empty(), NOW), ids(1, 3));
            waves().add(new ContactWave(2, WaveType.QUESTIONNAIRE, MARCH_11, 2, OptionalInt.of(1), NOW), ids(1, 2));
            waves().add(new ContactWave(3, WaveType.REPLACEMENT_QUESTIONNAIRE, MARCH_12.plusDays(10), 1,
                    OptionalInt.of(2), NOW), ids(2, 2));
        });

        Map<ResponseId, QuestionnaireSent> sent = tx(waves()::questionnairesSent);

        assertThat(sent).containsOnlyKeys(ResponseId.of(1), ResponseId.of(2));
        assertThat(sent.get(ResponseId.of(1))).isEqualTo(new QuestionnaireSent(1, Set.of(1), MARCH_11));
        assertThat(sent.get(ResponseId.of(2))).isEqualTo(new QuestionnaireSent(2, Set.of(1, 2), MARCH_11));
    }
}
