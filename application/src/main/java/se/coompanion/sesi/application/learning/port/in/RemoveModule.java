package se.coompanion.sesi.application.learning.port.in;

import jakarta.validation.constraints.Size;
import se.coompanion.sesi.domain.learning.Programme;

/** Removes a module from a version that has not been piloted yet (the latest by default). */
public interface RemoveModule {

    Programme remove(Command command);

    /**
     * @param version the version; the latest when null
     * @param module  the module's key
     */
    record Command(Integer version, @Size(max = 100) String module) {
    }
}
