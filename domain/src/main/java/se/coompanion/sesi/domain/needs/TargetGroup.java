package se.coompanion.sesi.domain.needs;

import com.google.common.base.CharMatcher;
import com.google.common.base.Splitter;
import com.google.common.collect.ImmutableSortedSet;
import se.coompanion.sesi.domain.shared.Codes;
import se.coompanion.sesi.domain.shared.Message;

/**
 * The ESF+ target groups a need concerns. This is the programme's classification, so the list is fixed: a group
 * that fits none of them is OTHER, and the need's description says which group it is.
 */
public enum TargetGroup {
    LONG_TERM_UNEMPLOYED,
    /** Young people not in employment, education or training. */
    YOUNG_NEET,
    PEOPLE_WITH_DISABILITIES,
    FOREIGN_BORN,
    OLDER_WORKERS,
    LONG_TERM_SICK,
    WOMEN_FAR_FROM_LABOUR_MARKET,
    OTHER;

    /** The separator of target groups in one field: {@code LONG_TERM_UNEMPLOYED|FOREIGN_BORN}. */
    public static final char SEPARATOR = '|';

    /** The group for people ("Långtidsarbetslösa" / "Long-term unemployed"). */
    public Message title() {
        return Message.of(TargetGroup.class, "targetGroup." + name());
    }

    /** Reads the code in any case, with hyphens or spaces for underscores. */
    public static TargetGroup parse(String text) {
        return Codes.parse(TargetGroup.class, text, TargetGroup.class, "targetGroup.unknown");
    }

    /** Reads groups joined with {@code |} (or commas); empty text is no group. */
    public static ImmutableSortedSet<TargetGroup> parseList(String text) {
        ImmutableSortedSet.Builder<TargetGroup> groups = ImmutableSortedSet.naturalOrder();
        Splitter.on(CharMatcher.anyOf(SEPARATOR + ",")).trimResults().omitEmptyStrings()
                .split(text == null ? "" : text).forEach(part -> groups.add(parse(part)));
        return groups.build();
    }
}
