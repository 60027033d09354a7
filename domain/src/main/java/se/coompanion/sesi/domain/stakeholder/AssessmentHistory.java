package se.coompanion.sesi.domain.stakeholder;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import se.coompanion.sesi.domain.actor.ActorKey;

/**
 * The assessments of stakeholders over time. The current assessment of an actor is the one with the latest date;
 * of two on the same day, the one recorded last. An assessment dated before the current one joins the history
 * without replacing it.
 */
public final class AssessmentHistory {

    private AssessmentHistory() {
    }

    /**
     * The current assessment of each actor.
     *
     * @param inRecordedOrder every assessment, in the order they were recorded
     * @return per actor its current assessment, in the order of the actors' first assessment
     */
    public static ImmutableMap<ActorKey, StakeholderAssessment> current(List<StakeholderAssessment> inRecordedOrder) {
        Map<ActorKey, StakeholderAssessment> current = new LinkedHashMap<>();
        for (StakeholderAssessment assessment : inRecordedOrder) {
            current.merge(assessment.actor(), assessment,
                    (before, later) -> later.assessedOn().isBefore(before.assessedOn()) ? before : later);
        }
        return ImmutableMap.copyOf(current);
    }

    /** The current assessment of one actor, among that actor's assessments in recorded order. */
    public static Optional<StakeholderAssessment> currentOf(List<StakeholderAssessment> inRecordedOrder) {
        return Optional.ofNullable(current(inRecordedOrder).values().stream().findFirst().orElse(null));
    }

    /** One actor's assessments, oldest first (by date; on the same day in recorded order). */
    public static ImmutableList<StakeholderAssessment> chronological(List<StakeholderAssessment> inRecordedOrder) {
        return inRecordedOrder.stream().sorted(Comparator.comparing(StakeholderAssessment::assessedOn))
                .collect(ImmutableList.toImmutableList());
    }
}
