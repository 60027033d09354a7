package se.coompanion.sesi.application.seminar.port.in;

import jakarta.validation.constraints.Size;
import se.coompanion.sesi.domain.seminar.Seminar;
import se.coompanion.sesi.domain.shared.GenderCounts;

/**
 * Counts people who came to a seminar without an invitation and are not checked in by name, by gender (on or
 * after the seminar's day). A negative count corrects an earlier count, never below zero.
 */
public interface RecordWalkIns {

    Result record(Command command);

    /**
     * @param seminar the seminar's number; empty for the only seminar
     * @param gender  WOMAN, MAN, NON_BINARY or NOT_STATED; NOT_STATED when null
     * @param count   how many more (or, negative, fewer) people of that gender
     */
    record Command(
            @Size(max = 40) String seminar,
            @Size(max = 40) String gender,
            int count) {
    }

    /**
     * @param seminar   the seminar
     * @param walkIns   the walk-ins now, by gender
     * @param attendees every attendee now, by gender
     */
    record Result(Seminar seminar, GenderCounts walkIns, GenderCounts attendees) {
    }
}
