package se.coompanion.sesi.domain.prestudy;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import se.coompanion.sesi.domain.shared.Message;

/**
 * An activity's progress, computed from its evidence and never typed in: the target's number (fixed, or
 * the size of the set for an "all of" target), the actual count, and the status.
 *
 * @param activity the activity and its target
 * @param target   the number aimed at; 0 when there is no target or the set is still empty
 * @param actual   the units that count
 * @param status   not started, in progress, done, or no target
 * @param details  facts for people
 */
public record ActivityProgress(Activity activity, int target, int actual, ProgressStatus status,
        ImmutableList<Message> details) {

    public ActivityProgress {
        Objects.requireNonNull(activity, "activity");
        Objects.requireNonNull(status, "status");
        details = ImmutableList.copyOf(details);
    }

    /** The progress an activity's measurement gives against its target. */
    public static ActivityProgress of(Activity activity, Measurement measurement) {
        return of(activity, measurement, OptionalInt.empty());
    }

    /**
     * The progress an activity's measurement gives against its target; for an "all of" target whose set the
     * evidence does not size, {@code knownPopulation} gives the size when the plan itself knows it (the
     * municipalities of the region).
     */
    public static ActivityProgress of(Activity activity, Measurement measurement, OptionalInt knownPopulation) {
        Target goal = activity.target();
        OptionalInt population = measurement.population().isPresent() ? measurement.population() : knownPopulation;
        int target = switch (goal.kind()) {
            case FIXED -> goal.quantity();
            case ALL -> population.orElse(0);
            case NONE -> 0;
        };
        ProgressStatus status;
        if (goal.kind() == Target.Kind.NONE) {
            status = ProgressStatus.NO_TARGET;
        } else if (target > 0 && measurement.actual() >= target && measurement.conditionsMet()) {
            status = ProgressStatus.DONE;
        } else if (measurement.started() || measurement.actual() > 0) {
            status = ProgressStatus.IN_PROGRESS;
        } else {
            status = ProgressStatus.NOT_STARTED;
        }
        return new ActivityProgress(activity, target, measurement.actual(), status, measurement.details());
    }

    public ActivityKey key() {
        return activity.key();
    }

    public TargetUnit unit() {
        return activity.target().unit();
    }

    /**
     * Actual against target in percent, one decimal, not capped (12 of 10 is 120.0); empty without a target
     * number.
     */
    public Optional<BigDecimal> percent() {
        if (target == 0) {
            return Optional.empty();
        }
        return Optional.of(BigDecimal.valueOf(actual * 100L).divide(BigDecimal.valueOf(target), 1,
                RoundingMode.HALF_UP));
    }
}
