package se.coompanion.sesi.domain.survey;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.Optional;
import se.coompanion.sesi.domain.shared.Message;

/**
 * Who a contact wave may go to, following the order of Dillman's sequence:
 * <ul>
 * <li>never to a finalised unit (any disposition other than UNKNOWN_NO_RETURN);</li>
 * <li>a PRE_NOTICE only before the questionnaire;</li>
 * <li>the QUESTIONNAIRE once (a second copy is a REPLACEMENT_QUESTIONNAIRE);</li>
 * <li>a follow-up (reminder, replacement, final contact) only to a unit that was sent the questionnaire on or
 *     before the follow-up's date.</li>
 * </ul>
 * By default a wave goes to every unit it may go to that has not had a wave of the same kind (so that a second
 * reminder wave reaches only units the first one missed, such as units added to the frame later); a chosen
 * subset may repeat a kind on purpose.
 */
public final class WaveRecipients {

    private WaveRecipients() {
    }

    /** Why the wave may not go to the unit, or empty when it may. */
    public static Optional<Message> refusal(WaveType type, LocalDate date, UnitContact unit) {
        if (unit.disposition().isFinal()) {
            return Optional.of(Message.of(WaveRecipients.class, "recipient.finalised", unit.responseId().toString(),
                    unit.disposition().title()));
        }
        if (type == WaveType.PRE_NOTICE && unit.wasSent(WaveType.QUESTIONNAIRE)) {
            return Optional.of(Message.of(WaveRecipients.class, "recipient.preNoticeTooLate",
                    unit.responseId().toString(), unit.questionnaireSentOn().orElseThrow().toString()));
        }
        if (type == WaveType.QUESTIONNAIRE && unit.wasSent(WaveType.QUESTIONNAIRE)) {
            return Optional.of(Message.of(WaveRecipients.class, "recipient.questionnaireTwice",
                    unit.responseId().toString(), unit.questionnaireSentOn().orElseThrow().toString()));
        }
        if (type.isFollowUp()) {
            Optional<LocalDate> questionnaire = unit.questionnaireSentOn();
            if (questionnaire.isEmpty()) {
                return Optional.of(Message.of(WaveRecipients.class, "recipient.noQuestionnaireYet",
                        unit.responseId().toString(), type.title()));
            }
            if (questionnaire.get().isAfter(date)) {
                return Optional.of(Message.of(WaveRecipients.class, "recipient.followUpBeforeQuestionnaire",
                        unit.responseId().toString(), questionnaire.get().toString(), date.toString()));
            }
        }
        return Optional.empty();
    }

    /** The default recipients of a wave, in response-id order. */
    public static ImmutableList<ResponseId> byDefault(WaveType type, LocalDate date, Collection<UnitContact> units) {
        return units.stream()
                .filter(u -> !u.wasSent(type) && refusal(type, date, u).isEmpty())
                .map(UnitContact::responseId)
                .sorted(Comparator.naturalOrder())
                .collect(ImmutableList.toImmutableList());
    }
}
