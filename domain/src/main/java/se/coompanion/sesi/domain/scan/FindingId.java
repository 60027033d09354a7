package se.coompanion.sesi.domain.scan;

import se.coompanion.sesi.domain.shared.Codes;
import se.coompanion.sesi.domain.shared.DomainException;
import se.coompanion.sesi.domain.shared.Message;

/**
 * The number of a finding of the environmental scan, as {@code sesi scan finding list} shows it.
 *
 * @param value a positive number
 */
public record FindingId(long value) implements Comparable<FindingId> {

    public FindingId {
        if (value < 1) {
            throw new DomainException(Message.of(FindingId.class, "findingId.shape", value));
        }
    }

    public static FindingId parse(String text) {
        return new FindingId(Codes.positiveNumber(text, FindingId.class, "findingId.shape"));
    }

    @Override
    public int compareTo(FindingId other) {
        return Long.compare(value, other.value);
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
