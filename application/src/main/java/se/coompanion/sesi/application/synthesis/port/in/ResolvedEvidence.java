package se.coompanion.sesi.application.synthesis.port.in;

import java.util.Objects;
import java.util.Optional;
import se.coompanion.sesi.domain.shared.Message;
import se.coompanion.sesi.domain.synthesis.EvidenceReference;

/**
 * A reference of a recommendation and what it resolves to now. Evidence that resolved when the recommendation was
 * recorded can stop resolving later (an actor whose candidacy was withdrawn is no longer a partner candidate): then
 * {@code problem} says why and the report says so.
 *
 * @param reference the reference as stored
 * @param evidence  what it resolves to; empty when it no longer does
 * @param problem   why it does not resolve; empty when it does
 */
public record ResolvedEvidence(EvidenceReference reference, Optional<Evidence> evidence, Optional<Message> problem) {

    public ResolvedEvidence {
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(evidence, "evidence");
        Objects.requireNonNull(problem, "problem");
        if (evidence.isPresent() == problem.isPresent()) {
            throw new IllegalArgumentException("evidence either resolves or has a problem: " + reference.code());
        }
    }

    public static ResolvedEvidence of(Evidence evidence) {
        return new ResolvedEvidence(evidence.reference(), Optional.of(evidence), Optional.empty());
    }

    public static ResolvedEvidence unresolved(EvidenceReference reference, Message problem) {
        return new ResolvedEvidence(reference, Optional.empty(), Optional.of(problem));
    }

    public boolean resolves() {
        return evidence.isPresent();
    }
}
