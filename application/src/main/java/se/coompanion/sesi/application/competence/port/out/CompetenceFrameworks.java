package se.coompanion.sesi.application.competence.port.out;

import java.util.Optional;
import se.coompanion.sesi.domain.competence.CompetenceFramework;

/** The competence framework a project imported; without one, the standard framework applies. */
public interface CompetenceFrameworks {

    /** The imported framework, in its order; empty when none was imported. */
    Optional<CompetenceFramework> imported();

    /** Makes this framework the project's, replacing any imported before. */
    void replace(CompetenceFramework framework);
}
