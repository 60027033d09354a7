package se.coompanion.sesi.domain.implementation;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedSet;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import se.coompanion.sesi.domain.shared.DomainException;
import se.coompanion.sesi.domain.shared.Message;
import se.coompanion.sesi.domain.synthesis.EvidenceReference;
import se.coompanion.sesi.domain.synthesis.RecordedRecommendation;

/**
 * What a claim of the draft rests on: recommendations of the synthesis (by number, and through them their evidence)
 * and evidence of the pre-study cited directly. The link is kept as references, never as copied figures, so that the
 * draft shows what the records say the day it is read.
 *
 * @param recommendations the recommendations' numbers
 * @param evidence        the evidence cited directly, each once, in the order cited
 */
public record Grounds(ImmutableSortedSet<Integer> recommendations, ImmutableList<EvidenceReference> evidence) {

    public static final int MAX_RECOMMENDATIONS = 50;
    public static final int MAX_EVIDENCE = 50;
    public static final Grounds NONE = new Grounds(ImmutableSortedSet.of(), ImmutableList.of());

    public Grounds {
        recommendations = ImmutableSortedSet.copyOf(Objects.requireNonNull(recommendations, "recommendations"));
        evidence = ImmutableList.copyOf(Objects.requireNonNull(evidence, "evidence"));
        for (int number : recommendations) {
            if (number < 1) {
                throw new DomainException(Message.of(Grounds.class, "grounds.recommendation", number));
            }
        }
        if (recommendations.size() > MAX_RECOMMENDATIONS || evidence.size() > MAX_EVIDENCE) {
            throw new DomainException(Message.of(Grounds.class, "grounds.tooMany", recommendations.size(),
                    evidence.size(), MAX_RECOMMENDATIONS, MAX_EVIDENCE));
        }
        Set<String> seen = new HashSet<>();
        for (EvidenceReference reference : evidence) {
            if (!seen.add(reference.code())) {
                throw new DomainException(Message.of(Grounds.class, "grounds.citedTwice", reference.code()));
            }
        }
    }

    public static Grounds of(Collection<Integer> recommendations, List<EvidenceReference> evidence) {
        return new Grounds(ImmutableSortedSet.copyOf(recommendations), ImmutableList.copyOf(evidence));
    }

    public static Grounds recommendation(int number) {
        return new Grounds(ImmutableSortedSet.of(number), ImmutableList.of());
    }

    public boolean isEmpty() {
        return recommendations.isEmpty() && evidence.isEmpty();
    }

    /** Both grounds together: every recommendation, and every reference once in the order first cited. */
    public Grounds plus(Grounds other) {
        return changed(other.recommendations, List.of(), other.evidence, List.of());
    }

    /**
     * These grounds with recommendations and references added and taken away. Taking away what is not there is
     * an error, so that a typo is not silently ignored.
     */
    public Grounds changed(Collection<Integer> addRecommendations, Collection<Integer> removeRecommendations,
            List<EvidenceReference> addEvidence, List<EvidenceReference> removeEvidence) {
        Set<Integer> numbers = new HashSet<>(recommendations);
        for (int number : removeRecommendations) {
            if (!numbers.remove(number)) {
                throw new DomainException(Message.of(Grounds.class, "grounds.notCitedRecommendation", number));
            }
        }
        numbers.addAll(addRecommendations);
        Map<String, EvidenceReference> cited = new LinkedHashMap<>();
        evidence.forEach(e -> cited.put(e.code(), e));
        for (EvidenceReference reference : removeEvidence) {
            if (cited.remove(reference.code()) == null) {
                throw new DomainException(Message.of(Grounds.class, "grounds.notCited", reference.code()));
            }
        }
        addEvidence.forEach(e -> cited.putIfAbsent(e.code(), e));
        return new Grounds(ImmutableSortedSet.copyOf(numbers), ImmutableList.copyOf(cited.values()));
    }

    /**
     * Every reference these grounds rest on: those of the recommendations (in number order) and those cited
     * directly, each once. A recommendation missing from {@code known} adds nothing.
     */
    public ImmutableList<EvidenceReference> allEvidence(Map<Integer, RecordedRecommendation> known) {
        Map<String, EvidenceReference> all = new LinkedHashMap<>();
        for (int number : recommendations) {
            RecordedRecommendation recommendation = known.get(number);
            if (recommendation != null) {
                recommendation.recommendation().evidence().forEach(e -> all.putIfAbsent(e.code(), e));
            }
        }
        evidence.forEach(e -> all.putIfAbsent(e.code(), e));
        return ImmutableList.copyOf(new ArrayList<>(all.values()));
    }
}
