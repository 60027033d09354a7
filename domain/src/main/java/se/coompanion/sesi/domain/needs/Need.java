package se.coompanion.sesi.domain.needs;

import com.google.common.collect.ImmutableSortedSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import se.coompanion.sesi.domain.shared.Message;
import se.coompanion.sesi.domain.shared.TextField;

/**
 * A need a municipality raised: its theme and priority, the ESF+ target groups it concerns, what it is, what
 * support the municipality already has, and the evidence behind it (who said it, which document shows it).
 *
 * @param theme           the theme
 * @param priority        high, medium or low
 * @param targetGroups    the target groups it concerns; may be empty
 * @param description     what the need is
 * @param existingSupport the support that exists in the municipality today
 * @param evidence        what the need rests on
 */
public record Need(NeedTheme theme, Priority priority, ImmutableSortedSet<TargetGroup> targetGroups,
        String description, Optional<String> existingSupport, Optional<String> evidence) {

    public static final int MAX_TEXT = 4000;

    public Need {
        Objects.requireNonNull(theme, "theme");
        Objects.requireNonNull(priority, "priority");
        targetGroups = ImmutableSortedSet.copyOf(Objects.requireNonNull(targetGroups, "targetGroups"));
        description = TextField.required(Message.of(Need.class, "need.description"), description, MAX_TEXT);
        existingSupport = TextField.optional(Message.of(Need.class, "need.existingSupport"), existingSupport,
                MAX_TEXT);
        evidence = TextField.optional(Message.of(Need.class, "need.evidence"), evidence, MAX_TEXT);
    }

    /**
     * What makes two needs of one municipality the same need: the theme and the description, in any letter case
     * and spacing. The same need recorded twice would count twice in the evidence.
     */
    public String identity() {
        return theme.code().toLowerCase(Locale.ROOT) + " / "
                + description.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    }
}
