package se.coompanion.sesi.application.seminar.port.in;

import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Optional;
import se.coompanion.sesi.domain.seminar.Invitation;
import se.coompanion.sesi.domain.seminar.InvitationStatus;
import se.coompanion.sesi.domain.seminar.Seminar;

/**
 * Records an invited contact person's answer as the organiser received it (by email, phone, letter ...). Changing
 * an answer already recorded (a cancellation) needs {@code replace}; without it, it is a conflict.
 */
public interface RecordAnswer {

    Result answer(Command command);

    /**
     * @param seminar the seminar's number; empty for the only seminar
     * @param contact the contact person's number
     * @param answer  ACCEPTED or DECLINED (also yes/no, ja/nej)
     * @param via     EMAIL, PHONE, LETTER, IN_PERSON, FORM or OTHER; optional
     * @param date    the day the answer came; today when null
     * @param replace true to change an answer already recorded
     */
    record Command(
            @Size(max = 40) String seminar,
            @Size(max = 40) String contact,
            @Size(max = 40) String answer,
            @Size(max = 40) String via,
            LocalDate date,
            boolean replace) {
    }

    /**
     * @param seminar the seminar
     * @param guest   the contact person
     * @param before  the status before this answer (today)
     * @param now     the invitation with the answer
     */
    record Result(Seminar seminar, Guest guest, InvitationStatus before, Invitation now) {

        public Optional<InvitationStatus> replaced() {
            return before.isAnswer() ? Optional.of(before) : Optional.empty();
        }
    }
}
