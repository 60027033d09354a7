package se.coompanion.sesi.domain.stakeholder;

import se.coompanion.sesi.domain.shared.Glossary;
import se.coompanion.sesi.domain.shared.Message;

/**
 * Mendelow's power/interest grid: where a stakeholder stands and how to engage it. In the order the partner
 * shortlist uses: those with high power first, and among them those with high interest.
 */
public enum Quadrant {
    /** High power, high interest. */
    MANAGE_CLOSELY,
    /** High power, low interest. */
    KEEP_SATISFIED,
    /** Low power, high interest. */
    KEEP_INFORMED,
    /** Low power, low interest. */
    MONITOR;

    /** The quadrant of a power and an interest score (HIGH is 4 or 5). */
    public static Quadrant of(Score power, Score interest) {
        if (power.isHigh()) {
            return interest.isHigh() ? MANAGE_CLOSELY : KEEP_SATISFIED;
        }
        return interest.isHigh() ? KEEP_INFORMED : MONITOR;
    }

    public boolean highPower() {
        return this == MANAGE_CLOSELY || this == KEEP_SATISFIED;
    }

    public boolean highInterest() {
        return this == MANAGE_CLOSELY || this == KEEP_INFORMED;
    }

    public Message title() {
        return Glossary.term("quadrant", this);
    }
}
