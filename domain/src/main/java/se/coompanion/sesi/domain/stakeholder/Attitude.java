package se.coompanion.sesi.domain.stakeholder;

import se.coompanion.sesi.domain.shared.DomainException;
import se.coompanion.sesi.domain.shared.Glossary;
import se.coompanion.sesi.domain.shared.Message;

/**
 * A stakeholder's attitude to the implementation project: -2 (opposes) to +2 (champions), 0 neutral.
 *
 * @param value -2 to 2
 */
public record Attitude(int value) implements Comparable<Attitude> {

    public static final int LOWEST = -2;
    public static final int HIGHEST = 2;
    public static final Attitude NEUTRAL = new Attitude(0);

    public Attitude {
        if (value < LOWEST || value > HIGHEST) {
            throw new DomainException(Message.of(Attitude.class, "attitude.range", value));
        }
    }

    /** The attitude for people ("förespråkar" / "champions"). */
    public Message title() {
        return Glossary.term("attitude." + (value + 2));
    }

    @Override
    public int compareTo(Attitude other) {
        return Integer.compare(value, other.value);
    }
}
