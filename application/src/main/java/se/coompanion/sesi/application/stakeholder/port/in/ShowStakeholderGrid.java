package se.coompanion.sesi.application.stakeholder.port.in;

import java.util.List;
import se.coompanion.sesi.domain.actor.Actor;
import se.coompanion.sesi.domain.stakeholder.StakeholderAssessment;

/**
 * The power/interest grid: every assessed actor with its current assessment, by quadrant (MANAGE_CLOSELY first),
 * then by power and interest (highest first), then by key.
 */
public interface ShowStakeholderGrid {

    List<Placed> grid();

    /**
     * @param actor      the actor
     * @param assessment its current assessment
     */
    record Placed(Actor actor, StakeholderAssessment assessment) {
    }
}
