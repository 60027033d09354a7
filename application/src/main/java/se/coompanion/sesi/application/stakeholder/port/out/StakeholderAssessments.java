package se.coompanion.sesi.application.stakeholder.port.out;

import java.time.Instant;
import java.util.List;
import se.coompanion.sesi.domain.actor.ActorKey;
import se.coompanion.sesi.domain.stakeholder.StakeholderAssessment;

/** Every stakeholder assessment ever made: the history is kept, nothing is overwritten. */
public interface StakeholderAssessments {

    /** Stores an assessment of a registered actor. */
    void add(StakeholderAssessment assessment, Instant recordedAt);

    /** Every assessment, in the order recorded. */
    List<StakeholderAssessment> all();

    /** One actor's assessments, in the order recorded. */
    List<StakeholderAssessment> of(ActorKey actor);
}
