package se.coompanion.sesi.domain.prestudy;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedSet;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.stream.Collectors;
import se.coompanion.sesi.domain.shared.County;
import se.coompanion.sesi.domain.shared.DomainException;
import se.coompanion.sesi.domain.shared.Message;
import se.coompanion.sesi.domain.shared.Municipality;

/**
 * The pre-study: its ESF+ facts, the region it works in (the counties whose municipalities are its target
 * set), and the plan of activities with their targets. One per database.
 *
 * @param template   the plan it was started from
 * @param facts      the ESF+ facts
 * @param region     the counties of the region, e.g. 22 and 23 for Mellersta Norrland
 * @param activities the activities of the plan, one per key, in plan order
 */
public record PreStudy(PreStudyTemplate template, ProjectFacts facts, ImmutableSortedSet<County> region,
        ImmutableList<Activity> activities) {

    public PreStudy {
        Objects.requireNonNull(template, "template");
        Objects.requireNonNull(facts, "facts");
        region = ImmutableSortedSet.copyOf(region);
        activities = ImmutableList.sortedCopyOf(Comparator.comparing(Activity::key), activities);
        Set<ActivityKey> keys = activities.stream().map(Activity::key).collect(Collectors.toSet());
        if (keys.size() != activities.size()) {
            throw new DomainException(Message.of(PreStudy.class, "prestudy.duplicateActivity"));
        }
    }

    /** The municipalities of the region: the target set of the needs analysis, from the reference data. */
    public ImmutableList<Municipality> targetMunicipalities() {
        return region.stream().flatMap(c -> c.municipalities().stream()).sorted()
                .collect(ImmutableList.toImmutableList());
    }

    /** True when the municipality lies in the region. */
    public boolean isInRegion(Municipality municipality) {
        return region.contains(municipality.county());
    }

    /** The size of an activity's set when the plan alone knows it: the municipalities of the region. */
    public OptionalInt knownPopulation(TargetUnit unit) {
        return unit == TargetUnit.MUNICIPALITIES ? OptionalInt.of(targetMunicipalities().size()) : OptionalInt.empty();
    }

    public Optional<Activity> activity(ActivityKey key) {
        return activities.stream().filter(a -> a.key() == key).findFirst();
    }

    /** The same pre-study with a new target for one activity (the activity is added if the plan lacks it). */
    public PreStudy withTarget(ActivityKey key, Target target) {
        ImmutableList<Activity> changed = ImmutableList.<Activity>builder()
                .addAll(activities.stream().filter(a -> a.key() != key).iterator())
                .add(new Activity(key, target))
                .build();
        return new PreStudy(template, facts, region, changed);
    }

    /** The eight activities without targets: the plan of a blank pre-study. */
    public static ImmutableList<Activity> activitiesWithoutTargets() {
        return Arrays.stream(ActivityKey.values())
                .map(key -> new Activity(key, Target.none(Activity.naturalUnit(key))))
                .collect(ImmutableList.toImmutableList());
    }
}
