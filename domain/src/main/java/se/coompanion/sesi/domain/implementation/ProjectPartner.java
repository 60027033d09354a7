package se.coompanion.sesi.domain.implementation;

import java.util.Objects;
import java.util.Optional;
import se.coompanion.sesi.domain.actor.ActorKey;
import se.coompanion.sesi.domain.shared.Message;
import se.coompanion.sesi.domain.shared.TextField;

/**
 * A partner of the implementation project: an actor from the partner shortlist of the stakeholder analysis, the part
 * it takes, what it contributes, and its letter of intent.
 *
 * @param actor        the actor, by key
 * @param role         its part in the project
 * @param contribution what it contributes (work, money, premises, advice ...)
 * @param letter       its letter of intent; empty until asked for
 */
public record ProjectPartner(ActorKey actor, PartnerRole role, Optional<String> contribution,
        Optional<LetterOfIntent> letter) {

    public static final int MAX_CONTRIBUTION = 1000;

    public ProjectPartner {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(role, "role");
        contribution = TextField.optional(Message.of(ProjectPartner.class, "partner.contribution"), contribution,
                MAX_CONTRIBUTION);
        Objects.requireNonNull(letter, "letter");
    }

    /** True unless the partner declined its letter of intent. */
    public boolean counts() {
        return letter.map(LetterOfIntent::counts).orElse(true);
    }

    public ProjectPartner withLetter(LetterOfIntent other) {
        return new ProjectPartner(actor, role, contribution, Optional.of(other));
    }
}
