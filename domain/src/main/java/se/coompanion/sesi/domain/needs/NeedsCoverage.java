package se.coompanion.sesi.domain.needs;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedSet;
import java.util.Collection;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import se.coompanion.sesi.domain.shared.Municipality;

/**
 * How far the needs analysis has come in the target set (the municipalities of the pre-study's region): each
 * municipality of the set with the status of its assessment, or none; the municipalities still missing; and the
 * assessments of municipalities outside the set, which are kept but do not count towards the target.
 */
public final class NeedsCoverage {

    /**
     * One municipality and its assessment.
     *
     * @param municipality the municipality
     * @param status       the assessment's status; empty when it has none (missing)
     * @param needs        the number of needs recorded
     */
    public record Row(Municipality municipality, Optional<AssessmentStatus> status, int needs) {

        public Row {
            Objects.requireNonNull(municipality, "municipality");
            Objects.requireNonNull(status, "status");
        }

        public boolean missing() {
            return status.isEmpty();
        }
    }

    private final ImmutableList<Row> target;
    private final ImmutableList<Row> outside;

    private NeedsCoverage(ImmutableList<Row> target, ImmutableList<Row> outside) {
        this.target = target;
        this.outside = outside;
    }

    /**
     * @param targetSet   the municipalities the analysis aims at
     * @param assessments every assessment held
     */
    public static NeedsCoverage of(Collection<Municipality> targetSet, Collection<NeedsAssessment> assessments) {
        Map<Municipality, NeedsAssessment> byMunicipality = assessments.stream()
                .collect(Collectors.toMap(NeedsAssessment::municipality, Function.identity()));
        ImmutableSortedSet<Municipality> set = ImmutableSortedSet.copyOf(targetSet);
        ImmutableList<Row> target = set.stream().map(m -> row(m, Optional.ofNullable(byMunicipality.get(m))))
                .collect(ImmutableList.toImmutableList());
        ImmutableList<Row> outside = byMunicipality.values().stream().filter(a -> !set.contains(a.municipality()))
                .sorted((a, b) -> a.municipality().compareTo(b.municipality()))
                .map(a -> row(a.municipality(), Optional.of(a))).collect(ImmutableList.toImmutableList());
        return new NeedsCoverage(target, outside);
    }

    private static Row row(Municipality municipality, Optional<NeedsAssessment> assessment) {
        return new Row(municipality, assessment.map(NeedsAssessment::status),
                assessment.map(a -> a.needs().size()).orElse(0));
    }

    /** Every municipality of the target set, in code order. */
    public ImmutableList<Row> target() {
        return target;
    }

    /** Assessed municipalities outside the target set, in code order. */
    public ImmutableList<Row> outside() {
        return outside;
    }

    /** The municipalities of the target set without an assessment, in code order. */
    public ImmutableList<Municipality> missing() {
        return target.stream().filter(Row::missing).map(Row::municipality).collect(ImmutableList.toImmutableList());
    }

    /** Municipalities of the target set whose assessment has this status. */
    public int count(AssessmentStatus status) {
        return (int) target.stream().filter(r -> r.status().equals(Optional.of(status))).count();
    }

    /** Municipalities of the target set whose assessment is CONDUCTED or VALIDATED: what counts towards the target. */
    public int reached() {
        return (int) target.stream().filter(r -> r.status().map(AssessmentStatus::reached).orElse(false)).count();
    }

    /** Municipalities of the target set with an assessment at all. */
    public int assessed() {
        return target.size() - missing().size();
    }
}
