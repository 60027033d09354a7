package se.coompanion.sesi.application.implementation.port.in;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * How the project works with a horizontal principle (GENDER_EQUALITY, NON_DISCRIMINATION, ACCESSIBILITY) and which
 * activities answer it.
 *
 * @see se.coompanion.sesi.domain.implementation.HorizontalPrinciple
 */
public interface EditPrinciples {

    Edited edit(Command command);

    /**
     * @param principle        the principle's code
     * @param approach         how the project works with it; null to keep it, blank to clear it
     * @param addActivities    activities that answer it
     * @param removeActivities activities that no longer do
     */
    record Command(@Size(max = 100) String principle, @Size(max = 10_000) String approach,
            @NotNull @Size(max = 100) List<@NotNull @Size(max = 100) String> addActivities,
            @NotNull @Size(max = 100) List<@NotNull @Size(max = 100) String> removeActivities) {

        public Command {
            addActivities = addActivities == null ? null : List.copyOf(addActivities);
            removeActivities = removeActivities == null ? null : List.copyOf(removeActivities);
        }
    }
}
