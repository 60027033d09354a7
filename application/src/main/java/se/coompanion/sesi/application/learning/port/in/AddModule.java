package se.coompanion.sesi.application.learning.port.in;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import se.coompanion.sesi.domain.learning.LearningModule;
import se.coompanion.sesi.domain.learning.Programme;

/**
 * Adds a module to a version of the learning programme that has not been piloted yet (the latest by default). The
 * competences are keys of the competence framework in use.
 */
public interface AddModule {

    Result add(Command command);

    /**
     * @param version       the version; the latest when null
     * @param key           the module's key; the next free M1, M2 ... when blank
     * @param title         required
     * @param objectives    the learning objectives, at least one, in order
     * @param competences   keys of the framework's competences the module addresses
     * @param format        CLASSROOM, DIGITAL, BLENDED or STUDY_VISIT
     * @param hours         duration, e.g. "3" or "2.5"
     * @param adaptations   accessibility adaptations
     */
    record Command(
            Integer version,
            @Size(max = 100) String key,
            @Size(max = 10_000) String title,
            @NotNull List<@NotNull @Size(max = 10_000) String> objectives,
            @NotNull List<@NotNull @Size(max = 100) String> competences,
            @Size(max = 100) String format,
            @Size(max = 40) String hours,
            @NotNull List<@NotNull @Size(max = 10_000) String> adaptations) {

        public Command {
            objectives = objectives == null ? null : List.copyOf(objectives);
            competences = competences == null ? null : List.copyOf(competences);
            adaptations = adaptations == null ? null : List.copyOf(adaptations);
        }
    }

    /**
     * @param programme the version with the module
     * @param module    the module as stored
     */
    record Result(Programme programme, LearningModule module) {
    }
}
