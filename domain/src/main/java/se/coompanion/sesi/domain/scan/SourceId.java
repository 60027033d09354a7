package se.coompanion.sesi.domain.scan;

import se.coompanion.sesi.domain.shared.Codes;
import se.coompanion.sesi.domain.shared.DomainException;
import se.coompanion.sesi.domain.shared.Message;

/**
 * The number of a knowledge source, as {@code sesi scan source list} shows it and a finding cites it.
 *
 * @param value a positive number
 */
public record SourceId(long value) implements Comparable<SourceId> {

    public SourceId {
        if (value < 1) {
            throw new DomainException(Message.of(SourceId.class, "sourceId.shape", value));
        }
    }

    public static SourceId parse(String text) {
        return new SourceId(Codes.positiveNumber(text, SourceId.class, "sourceId.shape"));
    }

    @Override
    public int compareTo(SourceId other) {
        return Long.compare(value, other.value);
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
