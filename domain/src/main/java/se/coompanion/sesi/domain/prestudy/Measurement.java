package se.coompanion.sesi.domain.prestudy;

import com.google.common.collect.ImmutableList;
import java.util.OptionalInt;
import se.coompanion.sesi.domain.shared.DomainException;
import se.coompanion.sesi.domain.shared.Message;

/**
 * What the evidence of one activity shows: how many units count towards its target, how large the set is
 * when the target is "all of a set", whether any work has started, whether the activity's other conditions
 * hold (for example a non-empty partner shortlist), and details for people ("12 sources, 8 findings").
 *
 * @param actual           units that count towards the target
 * @param population       size of the set for an "all of" target; empty when the evidence cannot tell
 * @param started          true when any evidence exists, even if nothing counts yet
 * @param conditionsMet    true when the activity's conditions beyond the count hold
 * @param details          facts for people, in order
 */
public record Measurement(int actual, OptionalInt population, boolean started, boolean conditionsMet,
        ImmutableList<Message> details) {

    public Measurement {
        if (actual < 0 || (population.isPresent() && population.getAsInt() < 0)) {
            throw new DomainException(Message.of(Measurement.class, "measurement.negative", actual));
        }
        details = ImmutableList.copyOf(details);
    }

    /** Nothing recorded yet. */
    public static Measurement nothing() {
        return new Measurement(0, OptionalInt.empty(), false, false, ImmutableList.of());
    }

    /** A count with no further conditions; started when the count is above zero. */
    public static Measurement count(int actual, Message... details) {
        return new Measurement(actual, OptionalInt.empty(), actual > 0, true, ImmutableList.copyOf(details));
    }
}
