package se.coompanion.sesi.application.prestudy.port.in;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import se.coompanion.sesi.domain.prestudy.ActivityKey;
import se.coompanion.sesi.domain.prestudy.PreStudy;
import se.coompanion.sesi.domain.prestudy.Target;

/** Sets an activity's target: a number, all of its set, or none. */
public interface SetActivityTarget {

    PreStudy set(Command command);

    /**
     * @param activity which activity
     * @param kind     FIXED (with a quantity), ALL, or NONE
     * @param quantity the number for a fixed target
     */
    record Command(@NotNull ActivityKey activity, @NotNull Target.Kind kind, @Min(0) @Max(1_000_000) int quantity) {
    }
}
