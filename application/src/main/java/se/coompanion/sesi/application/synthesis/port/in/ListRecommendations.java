package se.coompanion.sesi.application.synthesis.port.in;

import java.util.List;
import java.util.Objects;
import se.coompanion.sesi.domain.synthesis.RecordedRecommendation;

/** The recommendations in number order, each with its evidence as the records show it now. */
public interface ListRecommendations {

    List<Listed> list();

    /**
     * @param recommendation the recommendation
     * @param evidence       each reference with what it resolves to now, in the order cited
     */
    record Listed(RecordedRecommendation recommendation, List<ResolvedEvidence> evidence) {

        public Listed {
            Objects.requireNonNull(recommendation, "recommendation");
            evidence = List.copyOf(evidence);
        }
    }
}
