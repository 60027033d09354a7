package se.coompanion.sesi.domain.implementation;

import com.google.common.collect.ImmutableSortedSet;
import java.util.Objects;
import java.util.Optional;
import se.coompanion.sesi.domain.shared.Message;
import se.coompanion.sesi.domain.shared.TextField;

/**
 * How the project works with a horizontal principle: in the team's words, and the activities that answer it. The
 * pre-study's findings (every count of people by gender, the ESF+ target groups of the needs, the accessibility
 * measures taken) are read from the records whenever the draft is shown.
 *
 * @param principle  the principle
 * @param approach   how the project works with it; empty until written
 * @param activities the activities that answer it
 */
public record PrincipleWork(HorizontalPrinciple principle, Optional<String> approach,
        ImmutableSortedSet<ActivityId> activities) {

    public static final int MAX_APPROACH = 4000;

    public PrincipleWork {
        Objects.requireNonNull(principle, "principle");
        approach = TextField.optional(Message.of(PrincipleWork.class, "principle.approach"), approach, MAX_APPROACH);
        activities = ImmutableSortedSet.copyOf(Objects.requireNonNull(activities, "activities"));
    }

    public static PrincipleWork empty(HorizontalPrinciple principle) {
        return new PrincipleWork(principle, Optional.empty(), ImmutableSortedSet.of());
    }
}
