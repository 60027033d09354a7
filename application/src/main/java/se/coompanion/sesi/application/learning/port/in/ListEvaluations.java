package se.coompanion.sesi.application.learning.port.in;

import java.util.List;
import java.util.Optional;
import se.coompanion.sesi.domain.learning.ModuleEvaluation;

/** The evaluations of every pilot run, or of one. */
public interface ListEvaluations {

    List<ModuleEvaluation> list(Optional<Integer> pilot);
}
