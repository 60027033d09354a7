package se.coompanion.sesi.domain.stakeholder;

import java.util.Objects;
import se.coompanion.sesi.domain.shared.DomainException;
import se.coompanion.sesi.domain.shared.Message;

/**
 * A stakeholder's power or interest on the scale 1 to 5. HIGH means 4 or 5; 1 to 3 is LOW (domain.md).
 *
 * @param value 1 to 5
 */
public record Score(int value) implements Comparable<Score> {

    public static final int LOWEST = 1;
    public static final int HIGHEST = 5;
    /** The lowest HIGH score. */
    public static final int HIGH_FROM = 4;

    public Score {
        if (value < LOWEST || value > HIGHEST) {
            throw new DomainException(Message.of(Score.class, "score.range", Message.of(Score.class, "score.what"),
                    value));
        }
    }

    /** A power score; an error names power. */
    public static Score power(int value) {
        return of(Message.of(Score.class, "score.power"), value);
    }

    /** An interest score; an error names interest. */
    public static Score interest(int value) {
        return of(Message.of(Score.class, "score.interest"), value);
    }

    /** A score of the named dimension ("Power"), so that an error names it. */
    public static Score of(Message what, int value) {
        Objects.requireNonNull(what, "what");
        if (value < LOWEST || value > HIGHEST) {
            throw new DomainException(Message.of(Score.class, "score.range", what, value));
        }
        return new Score(value);
    }

    public boolean isHigh() {
        return value >= HIGH_FROM;
    }

    @Override
    public int compareTo(Score other) {
        return Integer.compare(value, other.value);
    }
}
