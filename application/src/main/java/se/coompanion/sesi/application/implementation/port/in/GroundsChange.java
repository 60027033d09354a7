package se.coompanion.sesi.application.implementation.port.in;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * Recommendations and evidence to add to what a part of the draft rests on, and to take away from it. What is added
 * must exist and resolve; what is taken away must be cited.
 *
 * @param addRecommendations    recommendation numbers to add
 * @param removeRecommendations recommendation numbers to take away
 * @param addEvidence           references to add
 * @param removeEvidence        references to take away
 */
public record GroundsChange(@NotNull @Size(max = 100) List<@NotNull Integer> addRecommendations,
        @NotNull @Size(max = 100) List<@NotNull Integer> removeRecommendations,
        @NotNull @Size(max = 100) List<@NotNull @Size(max = 1000) String> addEvidence,
        @NotNull @Size(max = 100) List<@NotNull @Size(max = 1000) String> removeEvidence) {

    public static final GroundsChange NONE = new GroundsChange(List.of(), List.of(), List.of(), List.of());

    public GroundsChange {
        addRecommendations = addRecommendations == null ? null : List.copyOf(addRecommendations);
        removeRecommendations = removeRecommendations == null ? null : List.copyOf(removeRecommendations);
        addEvidence = addEvidence == null ? null : List.copyOf(addEvidence);
        removeEvidence = removeEvidence == null ? null : List.copyOf(removeEvidence);
    }

    public boolean isEmpty() {
        return addRecommendations.isEmpty() && removeRecommendations.isEmpty() && addEvidence.isEmpty()
                && removeEvidence.isEmpty();
    }
}
