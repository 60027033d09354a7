package se.coompanion.sesi.application.learning.port.in;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import se.coompanion.sesi.domain.learning.PilotRun;

/**
 * Records a pilot run of a version (the latest by default): its day (not after today, not before the version was
 * made), the modules given (all of the version's when none are named) and the participants by gender. A piloted
 * version's modules are locked from then on.
 */
public interface RecordPilotRun {

    PilotRun record(Command command);

    /**
     * @param version    the version; the latest when null
     * @param date       the day of the run
     * @param modules    the keys of the modules given; all when empty
     * @param women      participants who are women
     * @param men        participants who are men
     * @param nonBinary  non-binary participants
     * @param notStated  participants whose gender is not stated
     * @param place      where, optional
     */
    record Command(
            Integer version,
            @NotNull LocalDate date,
            @NotNull List<@NotNull @Size(max = 100) String> modules,
            int women,
            int men,
            int nonBinary,
            int notStated,
            @Size(max = 10_000) String place) {

        public Command {
            modules = modules == null ? null : List.copyOf(modules);
        }
    }
}
