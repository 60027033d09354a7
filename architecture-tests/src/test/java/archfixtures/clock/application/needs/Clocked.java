package archfixtures.clock.application.needs;

import java.time.LocalDate;

/** Violation: reads the clock instead of taking time as a parameter. */
public final class Clocked {
    public LocalDate today() {
        return LocalDate.now();
    }
}
