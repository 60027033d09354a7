package se.coompanion.sesi.application.learning.port.out;

import java.time.Instant;
import java.util.List;
import se.coompanion.sesi.domain.learning.ModuleEvaluation;

/** The participants' evaluations of the modules of pilot runs (Kirkpatrick levels 1-3). */
public interface LearningEvaluations {

    /** Stores new evaluations (none of them recorded before: one per pilot, participant and module). */
    void addAll(List<ModuleEvaluation> evaluations, Instant recordedAt);

    /** Every evaluation, by pilot, then in the order recorded. */
    List<ModuleEvaluation> all();

    /** Writes an evaluation's level-3 follow-up as it now is. */
    void updateFollowUp(ModuleEvaluation evaluation);
}
