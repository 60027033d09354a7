package se.coompanion.sesi.domain.scan;

import se.coompanion.sesi.domain.shared.DomainException;
import se.coompanion.sesi.domain.shared.Message;

/**
 * How much a finding matters for the implementation project: 1 (low), 2 (medium) or 3 (high).
 *
 * @param value 1 to 3
 */
public record Relevance(int value) implements Comparable<Relevance> {

    public static final int LOWEST = 1;
    public static final int HIGHEST = 3;

    public Relevance {
        if (value < LOWEST || value > HIGHEST) {
            throw new DomainException(Message.of(Relevance.class, "relevance.range", value));
        }
    }

    /** The level for people ("hög" / "high"). */
    public Message title() {
        return Message.of(Relevance.class, "relevance." + value);
    }

    @Override
    public int compareTo(Relevance other) {
        return Integer.compare(value, other.value);
    }
}
