package se.coompanion.sesi.application.learning.port.in;

import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import se.coompanion.sesi.domain.learning.Programme;

/**
 * Makes the next version of the learning programme. Its modules are those of the latest version, carried over, to be
 * changed, added to or removed before it is piloted. Every version after the first says what changed and why.
 */
public interface CreateProgrammeVersion {

    Result create(Command command);

    /**
     * @param title   the programme's name; the latest version's when blank (required for the first)
     * @param changes what changed (required from version 2)
     * @param reason  why, e.g. the pilot's findings (required from version 2)
     * @param date    the day; today when null
     */
    record Command(
            @Size(max = 10_000) String title,
            @Size(max = 10_000) String changes,
            @Size(max = 10_000) String reason,
            LocalDate date) {
    }

    /**
     * @param programme the new version with the modules carried over
     * @param carried   how many modules were carried over
     */
    record Result(Programme programme, int carried) {
    }
}
