package se.coompanion.sesi.application.stakeholder.port.in;

import java.util.List;
import java.util.Optional;
import se.coompanion.sesi.domain.actor.Actor;
import se.coompanion.sesi.domain.stakeholder.StakeholderAssessment;

/** Every assessment of one actor, oldest first, and which one is current. */
public interface ShowAssessmentHistory {

    Result history(String actor);

    /**
     * @param actor       the actor
     * @param assessments oldest first
     * @param current     the current assessment; empty when the actor was never assessed
     */
    record Result(Actor actor, List<StakeholderAssessment> assessments, Optional<StakeholderAssessment> current) {

        public Result {
            assessments = List.copyOf(assessments);
        }
    }
}
