package se.coompanion.sesi.domain.learning;

import java.util.Objects;
import se.coompanion.sesi.domain.shared.DomainException;
import se.coompanion.sesi.domain.shared.Message;

/**
 * The five-point scale of the evaluations: 1 (lowest) to 5 (highest), for satisfaction and relevance (Kirkpatrick
 * level 1) and for the self-assessed level of an objective before and after (level 2).
 */
public final class Scale {

    public static final int LOWEST = 1;
    public static final int HIGHEST = 5;

    private Scale() {
    }

    /**
     * The value when it is on the scale.
     *
     * @param what what the value is, for the message ("Satisfaction")
     * @throws DomainException naming what and the value otherwise
     */
    public static int check(Message what, int value) {
        Objects.requireNonNull(what, "what");
        if (value < LOWEST || value > HIGHEST) {
            throw new DomainException(Message.of(Scale.class, "scale.range", what, value));
        }
        return value;
    }

    /** Reads a value on the scale as typed ("4"). */
    public static int parse(Message what, String text) {
        String trimmed = text == null ? "" : text.strip();
        try {
            return check(what, Integer.parseInt(trimmed));
        } catch (NumberFormatException e) {
            throw new DomainException(Message.of(Scale.class, "scale.range", what, trimmed));
        }
    }
}
