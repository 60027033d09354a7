package se.coompanion.sesi.application.seminar.port.in;

import java.util.List;
import se.coompanion.sesi.domain.seminar.CheckIn;
import se.coompanion.sesi.domain.seminar.Seminar;
import se.coompanion.sesi.domain.shared.GenderCounts;

/** Who attended a seminar: the contact persons checked in and the walk-ins, by gender. */
public interface ListAttendance {

    Result list(String seminar);

    /**
     * @param seminar   the seminar
     * @param attendees the contact persons checked in, in the order checked in
     * @param walkIns   people who came without an invitation, counted by gender
     * @param total     every attendee, by gender
     */
    record Result(Seminar seminar, List<Attendee> attendees, GenderCounts walkIns, GenderCounts total) {

        public Result {
            attendees = List.copyOf(attendees);
        }
    }

    /**
     * @param checkIn the check-in with the gender given
     * @param guest   the contact person
     * @param invited true when the person was invited
     */
    record Attendee(CheckIn checkIn, Guest guest, boolean invited) {
    }
}
