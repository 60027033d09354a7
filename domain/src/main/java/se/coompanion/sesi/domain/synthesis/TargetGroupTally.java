package se.coompanion.sesi.domain.synthesis;

import com.google.common.collect.ImmutableList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import se.coompanion.sesi.domain.needs.Need;
import se.coompanion.sesi.domain.needs.NeedsAssessment;
import se.coompanion.sesi.domain.needs.TargetGroup;
import se.coompanion.sesi.domain.shared.Municipality;

/**
 * The ESF+ target groups the municipalities' needs concern (non-discrimination: who the needs are about): for each
 * group, the needs that name it and the municipalities of the target set that raised such a need. Every group of the
 * classification is shown, also at 0.
 *
 * @param group          the target group
 * @param needs          the needs that concern it
 * @param municipalities the municipalities with such a need
 */
public record TargetGroupTally(TargetGroup group, int needs, int municipalities) {

    /** Tallies the needs of the assessments of the target set, every group in the classification's order. */
    public static ImmutableList<TargetGroupTally> of(Collection<Municipality> targetSet,
            Collection<NeedsAssessment> assessments) {
        Map<TargetGroup, Integer> needs = new EnumMap<>(TargetGroup.class);
        Map<TargetGroup, Set<Municipality>> where = new EnumMap<>(TargetGroup.class);
        for (NeedsAssessment assessment : assessments) {
            if (!targetSet.contains(assessment.municipality())) {
                continue;
            }
            for (Need need : assessment.needs()) {
                for (TargetGroup group : need.targetGroups()) {
                    needs.merge(group, 1, Integer::sum);
                    where.computeIfAbsent(group, g -> new HashSet<>()).add(assessment.municipality());
                }
            }
        }
        ImmutableList.Builder<TargetGroupTally> tallies = ImmutableList.builder();
        for (TargetGroup group : TargetGroup.values()) {
            tallies.add(new TargetGroupTally(group, needs.getOrDefault(group, 0),
                    where.getOrDefault(group, Set.of()).size()));
        }
        return tallies.build();
    }
}
