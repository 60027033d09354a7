package se.coompanion.sesi.application.learning.port.in;

import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * Changes a module of a version that has not been piloted yet (the latest by default). A field left null keeps its
 * value; a list given replaces the module's list.
 */
public interface ChangeModule {

    AddModule.Result change(Command command);

    /**
     * @param version     the version; the latest when null
     * @param module      the module's key
     * @param title       a new title, or null
     * @param objectives  new learning objectives, or null
     * @param competences new competence keys, or null
     * @param format      a new format, or null
     * @param hours       a new duration, or null
     * @param adaptations new accessibility adaptations, or null
     */
    record Command(
            Integer version,
            @Size(max = 100) String module,
            @Size(max = 10_000) String title,
            List<@Size(max = 10_000) String> objectives,
            List<@Size(max = 100) String> competences,
            @Size(max = 100) String format,
            @Size(max = 40) String hours,
            List<@Size(max = 10_000) String> adaptations) {

        public Command {
            objectives = objectives == null ? null : List.copyOf(objectives);
            competences = competences == null ? null : List.copyOf(competences);
            adaptations = adaptations == null ? null : List.copyOf(adaptations);
        }
    }
}
