package se.coompanion.sesi.domain.synthesis;

import com.google.common.collect.ImmutableList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import se.coompanion.sesi.domain.needs.Priority;
import se.coompanion.sesi.domain.shared.DomainException;
import se.coompanion.sesi.domain.shared.Message;
import se.coompanion.sesi.domain.shared.TextField;

/**
 * A recommendation for the implementation project: what to do, how urgent it is, and the evidence it rests on, so
 * that every statement of the final report can be traced back (domain.md, "Synthesis and the final report"). A
 * recommendation without evidence is invalid, and it cites each piece of evidence once.
 *
 * @param statement what the implementation project should do
 * @param priority  high, medium or low
 * @param rationale why, in a sentence or two (optional)
 * @param evidence  the evidence, at least one reference, in the order given
 */
public record Recommendation(String statement, Priority priority, Optional<String> rationale,
        ImmutableList<EvidenceReference> evidence) {

    public static final int MAX_STATEMENT = 2000;
    public static final int MAX_RATIONALE = 4000;
    /** More references than a reader can follow is a sign of a list pasted by mistake. */
    public static final int MAX_EVIDENCE = 30;

    public Recommendation {
        statement = TextField.required(Message.of(Recommendation.class, "field.statement"), statement, MAX_STATEMENT);
        Objects.requireNonNull(priority, "priority");
        rationale = TextField.optional(Message.of(Recommendation.class, "field.rationale"), rationale,
                MAX_RATIONALE);
        evidence = ImmutableList.copyOf(Objects.requireNonNull(evidence, "evidence"));
        if (evidence.isEmpty()) {
            throw new DomainException(Message.of(Recommendation.class, "recommendation.noEvidence"));
        }
        if (evidence.size() > MAX_EVIDENCE) {
            throw new DomainException(Message.of(Recommendation.class, "recommendation.tooMuchEvidence",
                    evidence.size(), MAX_EVIDENCE));
        }
        Set<String> seen = new HashSet<>();
        for (EvidenceReference reference : evidence) {
            if (!seen.add(reference.code())) {
                throw new DomainException(Message.of(Recommendation.class, "recommendation.citedTwice",
                        reference.code()));
            }
        }
    }

    public static Recommendation of(String statement, Priority priority, Optional<String> rationale,
            List<EvidenceReference> evidence) {
        return new Recommendation(statement, priority, rationale, ImmutableList.copyOf(evidence));
    }
}
