package se.coompanion.sesi.application.implementation.port.in;

import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * The draft's partners and their letters of intent. A partner is an actor on the partner shortlist (by key or
 * organisationsnummer; an actor that is not there is a {@code NotFoundException}), with its role and contribution.
 * A letter of intent is REQUESTED, then SIGNED or DECLINED, each on a day; a step its state does not allow is a
 * {@code ConflictException}.
 */
public interface EditPartners {

    Edited edit(Command command);

    /** A change of the partners. */
    sealed interface Command {
    }

    /**
     * @param actor        the actor (key or organisationsnummer)
     * @param role         its role; null for the role of its candidacy
     * @param contribution what it contributes; optional
     */
    record Add(@Size(max = 300) String actor, @Size(max = 100) String role, @Size(max = 10_000) String contribution)
            implements Command {
    }

    /**
     * @param actor        the partner
     * @param role         its new role; null to keep it
     * @param contribution its new contribution; null to keep it, blank to clear it
     */
    record Change(@Size(max = 300) String actor, @Size(max = 100) String role,
            @Size(max = 10_000) String contribution) implements Command {
    }

    /** @param actor the partner to take out of the draft */
    record Remove(@Size(max = 300) String actor) implements Command {
    }

    /**
     * @param actor the partner
     * @param state REQUESTED, SIGNED or DECLINED
     * @param date  the day; null for today
     */
    record Letter(@Size(max = 300) String actor, @Size(max = 100) String state, LocalDate date) implements Command {
    }
}
