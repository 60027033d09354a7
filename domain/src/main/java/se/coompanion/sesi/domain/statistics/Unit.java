package se.coompanion.sesi.domain.statistics;

import java.util.Locale;
import se.coompanion.sesi.domain.shared.DomainException;
import se.coompanion.sesi.domain.shared.Message;

/**
 * How the women and men of a figure are given: as counts, or as percentages of the indicator's total.
 */
public enum Unit {
    /** Numbers of people or firms: women's share = women / (women + men). */
    COUNT,
    /** Percentages of the indicator's total (0-100): women's share = women / 100, never divided again. */
    PERCENT;

    /** The unit for people ("antal" / "count"). */
    public Message title() {
        return Message.of(Unit.class, "unit." + name());
    }

    /** Reads COUNT or PERCENT, or the Swedish ANTAL or PROCENT, in any case. */
    public static Unit parse(String text) {
        String t = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        return switch (t) {
            case "count", "antal" -> COUNT;
            case "percent", "procent" -> PERCENT;
            default -> throw new DomainException(Message.of(Unit.class, "unit.unknown", text == null ? "" : text));
        };
    }
}
