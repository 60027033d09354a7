package se.coompanion.sesi.domain.stakeholder;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * The partner shortlist for the implementation project (domain.md): every actor whose current assessment has a
 * candidacy other than NONE, ordered by
 * <ol>
 * <li>candidacy weight, highest first (co-applicant, co-financier, cooperation partner, reference group);</li>
 * <li>quadrant: MANAGE_CLOSELY, KEEP_SATISFIED, KEEP_INFORMED, MONITOR;</li>
 * <li>attitude, most positive first;</li>
 * <li>then, so that the order never depends on chance: power, then interest (highest first), then the actor's
 *     key.</li>
 * </ol>
 * Ranks are 1, 2, 3, ... in that order.
 */
public final class PartnerShortlist {

    /** The order of the shortlist. */
    public static final Comparator<StakeholderAssessment> ORDER = Comparator
            .comparingInt((StakeholderAssessment a) -> -a.candidacy().weight())
            .thenComparing(StakeholderAssessment::quadrant)
            .thenComparing(StakeholderAssessment::attitude, Comparator.reverseOrder())
            .thenComparing(StakeholderAssessment::power, Comparator.reverseOrder())
            .thenComparing(StakeholderAssessment::interest, Comparator.reverseOrder())
            .thenComparing(StakeholderAssessment::actor);

    /**
     * A place on the shortlist.
     *
     * @param rank       1 for the first
     * @param assessment the actor's current assessment
     */
    public record Entry(int rank, StakeholderAssessment assessment) {

        public Entry {
            Objects.requireNonNull(assessment, "assessment");
            if (rank < 1) {
                throw new IllegalArgumentException("rank " + rank);
            }
        }
    }

    private PartnerShortlist() {
    }

    /** The shortlist from the current assessments (one per actor). */
    public static ImmutableList<Entry> of(Collection<StakeholderAssessment> current) {
        List<StakeholderAssessment> candidates = new ArrayList<>(current.stream()
                .filter(a -> a.candidacy().isCandidate()).toList());
        candidates.sort(ORDER);
        ImmutableList.Builder<Entry> entries = ImmutableList.builder();
        for (int i = 0; i < candidates.size(); i++) {
            entries.add(new Entry(i + 1, candidates.get(i)));
        }
        return entries.build();
    }
}
