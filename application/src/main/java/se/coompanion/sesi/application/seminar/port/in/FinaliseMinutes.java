package se.coompanion.sesi.application.seminar.port.in;

import jakarta.validation.constraints.Size;
import se.coompanion.sesi.domain.seminar.MinutesVersion;
import se.coompanion.sesi.domain.seminar.Seminar;

/**
 * Makes the latest draft of a seminar's minutes final (locked), on or after the seminar's day. No draft to finalise
 * is a conflict.
 */
public interface FinaliseMinutes {

    Result finalise(Command command);

    /** @param seminar the seminar's number; empty for the only seminar */
    record Command(@Size(max = 40) String seminar) {
    }

    /**
     * @param seminar the seminar
     * @param version the version made final
     */
    record Result(Seminar seminar, MinutesVersion version) {
    }
}
