package se.coompanion.sesi.application.implementation.port.in;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * Decides on and writes the draft's activities: add one, change its texts, grounds and modules, accept, drop or
 * merge. Activities are named {@code A1}, {@code A2} ...; an unknown one is a {@code NotFoundException}, a change a
 * merged activity does not allow a {@code ConflictException}. Recommendations must exist, evidence must resolve and
 * modules ({@code 1/M1}, or {@code M1} for the programme's latest version) must be in the learning programme when
 * cited.
 */
public interface EditActivities {

    Edited edit(Command command);

    /** A change of the activities. */
    sealed interface Command {
    }

    /**
     * @param title           what the activity is called
     * @param description     what it does; optional
     * @param recommendations the recommendations it rests on
     * @param evidence        evidence it rests on
     * @param modules         the learning programme's modules it trains with
     */
    record Add(@Size(max = 10_000) String title, @Size(max = 10_000) String description,
            @NotNull @Size(max = 100) List<@NotNull Integer> recommendations,
            @NotNull @Size(max = 100) List<@NotNull @Size(max = 1000) String> evidence,
            @NotNull @Size(max = 100) List<@NotNull @Size(max = 100) String> modules) implements Command {

        public Add {
            recommendations = recommendations == null ? null : List.copyOf(recommendations);
            evidence = evidence == null ? null : List.copyOf(evidence);
            modules = modules == null ? null : List.copyOf(modules);
        }
    }

    /**
     * @param activity      the activity ({@code A2})
     * @param title         its new title; null to keep it
     * @param description   its new description; null to keep it, blank to clear it
     * @param grounds       what to add to and take from what it rests on
     * @param addModules    modules to add
     * @param removeModules modules to take away
     */
    record Change(@Size(max = 100) String activity, @Size(max = 10_000) String title,
            @Size(max = 10_000) String description, @NotNull GroundsChange grounds,
            @NotNull @Size(max = 100) List<@NotNull @Size(max = 100) String> addModules,
            @NotNull @Size(max = 100) List<@NotNull @Size(max = 100) String> removeModules) implements Command {

        public Change {
            addModules = addModules == null ? null : List.copyOf(addModules);
            removeModules = removeModules == null ? null : List.copyOf(removeModules);
        }
    }

    /** @param activities the activities to accept (a dropped one is taken back) */
    record Accept(@NotNull @Size(min = 1, max = 100) List<@NotNull @Size(max = 100) String> activities)
            implements Command {

        public Accept {
            activities = activities == null ? null : List.copyOf(activities);
        }
    }

    /**
     * @param activity the activity to drop
     * @param reason   why; optional
     */
    record Drop(@Size(max = 100) String activity, @Size(max = 10_000) String reason) implements Command {
    }

    /**
     * @param activity the activity merged away
     * @param into     the activity that takes it in
     */
    record Merge(@Size(max = 100) String activity, @Size(max = 100) String into) implements Command {
    }
}
