package se.coompanion.sesi.domain.survey;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import se.coompanion.sesi.domain.shared.Message;

class WaveRecipientsTest {

    private static final LocalDate MARCH_4 = LocalDate.of(2024, 3, 4);
    private static final LocalDate MARCH_11 = LocalDate.of(2024, 3, 11);
    private static final LocalDate MARCH_18 = LocalDate.of(2024, 3, 18);

    private static UnitContact unit(int n, Disposition disposition, Map<WaveType, LocalDate> sent) {
        return UnitContact.of(ResponseId.of(n), disposition, sent);
    }

    private static final UnitContact NEW = unit(1, Disposition.UNKNOWN_NO_RETURN, Map.of());
    private static final UnitContact NOTIFIED = unit(2, Disposition.UNKNOWN_NO_RETURN, Map.of(WaveType.PRE_NOTICE, MARCH_4));
    private static final UnitContact MAILED = unit(3, Disposition.UNKNOWN_NO_RETURN,
            Map.of(WaveType.PRE_NOTICE, MARCH_4, WaveType.QUESTIONNAIRE, MARCH_11));
    private static final UnitContact ANSWERED = unit(4, Disposition.COMPLETE, Map.of(WaveType.QUESTIONNAIRE, MARCH_11));
    private static final UnitContact REMINDED = unit(5, Disposition.UNKNOWN_NO_RETURN,
            Map.of(WaveType.QUESTIONNAIRE, MARCH_11, WaveType.REMINDER_POSTCARD, MARCH_18));
    private static final List<UnitContact> FRAME = List.of(REMINDED, ANSWERED, MAILED, NOTIFIED, NEW);

    @Test
    void the_questionnaire_goes_by_default_to_every_unit_not_yet_sent_it_and_not_finalised() {
        assertThat(WaveRecipients.byDefault(WaveType.QUESTIONNAIRE, MARCH_11, FRAME))
                .containsExactly(ResponseId.of(1), ResponseId.of(2));
    }

    @Test
    void a_pre_notice_goes_only_before_the_questionnaire_and_once_by_default() {
        assertThat(WaveRecipients.byDefault(WaveType.PRE_NOTICE, MARCH_4, FRAME)).containsExactly(ResponseId.of(1));
        assertThat(WaveRecipients.refusal(WaveType.PRE_NOTICE, MARCH_4, NOTIFIED)).isEmpty();
        assertThat(WaveRecipients.refusal(WaveType.PRE_NOTICE, MARCH_18, MAILED)).map(Message::toString)
                .hasValue("S-0003-7 was sent the questionnaire on 2024-03-11: a pre-notice comes before the questionnaire");
    }

    @Test
    void a_follow_up_goes_to_units_that_were_sent_the_questionnaire_and_have_not_answered() {
        assertThat(WaveRecipients.byDefault(WaveType.REMINDER_POSTCARD, MARCH_18, FRAME)).containsExactly(ResponseId.of(3));
        assertThat(WaveRecipients.byDefault(WaveType.REPLACEMENT_QUESTIONNAIRE, MARCH_18, FRAME))
                .containsExactly(ResponseId.of(3), ResponseId.of(5));
        assertThat(WaveRecipients.refusal(WaveType.FINAL_CONTACT, MARCH_18, NEW)).map(Message::toString)
                .hasValue("S-0001-3 has not been sent the questionnaire: a final contact follows the questionnaire");
        assertThat(WaveRecipients.refusal(WaveType.REMINDER_POSTCARD, MARCH_4, MAILED)).map(Message::toString)
                .hasValue("S-0003-7 was sent the questionnaire on 2024-03-11, after this wave's date 2024-03-04");
    }

    @Test
    void a_finalised_unit_gets_nothing_and_a_chosen_unit_may_repeat_a_wave() {
        assertThat(WaveRecipients.refusal(WaveType.REMINDER_POSTCARD, MARCH_18, ANSWERED)).map(Message::toString)
                .hasValue("S-0004-5 is already finalised (complete): waves go only to units with nothing returned");
        assertThat(WaveRecipients.refusal(WaveType.REMINDER_POSTCARD, MARCH_18, REMINDED)).isEmpty();
        assertThat(WaveRecipients.refusal(WaveType.QUESTIONNAIRE, MARCH_18, MAILED)).isPresent();
    }
}
