package se.coompanion.sesi.application.stakeholder.port.in;

import java.util.List;
import se.coompanion.sesi.domain.actor.Actor;
import se.coompanion.sesi.domain.stakeholder.StakeholderAssessment;

/** The partner shortlist for the implementation project, in the order of {@code PartnerShortlist}. */
public interface ShowPartnerShortlist {

    List<Ranked> shortlist();

    /**
     * @param rank       1 for the first
     * @param actor      the actor
     * @param assessment its current assessment
     */
    record Ranked(int rank, Actor actor, StakeholderAssessment assessment) {
    }
}
