package se.coompanion.sesi.application.seminar.port.in;

import jakarta.validation.constraints.Size;
import java.util.Optional;
import se.coompanion.sesi.domain.seminar.Seminar;
import se.coompanion.sesi.domain.shared.Gender;
import se.coompanion.sesi.domain.shared.GenderCounts;

/**
 * Checks a contact person in at a seminar, on or after its day, with the gender the person gives (NOT_STATED when
 * none): invited or not. Checking in twice is a conflict; {@code replace} corrects the gender.
 */
public interface CheckInAttendee {

    Result checkIn(Command command);

    /**
     * @param seminar the seminar's number; empty for the only seminar
     * @param contact the contact person's number
     * @param gender  WOMAN, MAN, NON_BINARY or NOT_STATED; NOT_STATED when null
     * @param replace true to correct the gender of a person already checked in
     */
    record Command(
            @Size(max = 40) String seminar,
            @Size(max = 40) String contact,
            @Size(max = 40) String gender,
            boolean replace) {
    }

    /**
     * @param seminar   the seminar
     * @param guest     the person checked in
     * @param gender    the gender given
     * @param invited   true when the person was invited
     * @param corrected the gender recorded before, when corrected
     * @param attendees every attendee now, by gender
     */
    record Result(Seminar seminar, Guest guest, Gender gender, boolean invited, Optional<Gender> corrected,
            GenderCounts attendees) {
    }
}
