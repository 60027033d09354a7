package se.coompanion.sesi.domain.implementation;

import se.coompanion.sesi.domain.shared.Message;

/**
 * Where an activity of the draft stands. The draft proposes one activity per recommendation; the team accepts it,
 * merges it into another, or drops it. A merged or dropped activity stays in the draft (with its evidence) so that
 * what became of each recommendation can be traced; only PROPOSED and ACCEPTED activities are part of the project.
 */
public enum ActivityStatus {
    /** Made from a recommendation (or added) and not yet decided on. */
    PROPOSED,
    /** Part of the project. */
    ACCEPTED,
    /** Taken into another activity, which now carries its evidence. */
    MERGED,
    /** Left out of the project. */
    DROPPED;

    /** True for an activity that is part of the project: proposed or accepted. */
    public boolean isLive() {
        return this == PROPOSED || this == ACCEPTED;
    }

    public Message title() {
        return Message.of(ActivityStatus.class, "status." + name());
    }
}
