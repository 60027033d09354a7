package se.coompanion.sesi.application.seminar.port.in;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import se.coompanion.sesi.domain.seminar.Seminar;

/**
 * Records a reminder to a chosen subset of the invited and gives its recipients, for the e-mail or mail-merge list
 * (the software sends nothing). By default the reminder goes to every invitation without an answer (INVITED or
 * NO_ANSWER on the reminder's day); {@code statuses} chooses other statuses, {@code contacts} chooses persons.
 * Erased contact persons are never reminded.
 */
public interface SendReminder {

    Result remind(Command command);

    /**
     * @param seminar  the seminar's number; empty for the only seminar
     * @param date     the day of the reminder; today when null
     * @param statuses the statuses to remind (INVITED, NO_ANSWER, ACCEPTED, DECLINED); all unanswered when empty
     * @param contacts only these contact numbers, when given
     */
    record Command(
            @Size(max = 40) String seminar,
            LocalDate date,
            @NotNull List<@NotNull @Size(max = 40) String> statuses,
            @NotNull List<@NotNull @Size(max = 40) String> contacts) {

        public Command {
            statuses = statuses == null ? null : List.copyOf(statuses);
            contacts = contacts == null ? null : List.copyOf(contacts);
        }
    }

    /**
     * @param seminar      the seminar
     * @param date         the reminder's day
     * @param recipients   who gets the reminder, in the order invited
     * @param withoutEmail how many recipients have no email address (a phone call or a letter)
     */
    record Result(Seminar seminar, LocalDate date, List<ListInvitations.Invited> recipients, int withoutEmail) {

        public Result {
            recipients = List.copyOf(recipients);
        }
    }
}
