package se.coompanion.sesi.domain.seminar;

import se.coompanion.sesi.domain.shared.Codes;
import se.coompanion.sesi.domain.shared.DomainException;
import se.coompanion.sesi.domain.shared.Message;

/**
 * The number of a seminar, as {@code sesi seminar list} shows it and {@code --seminar N} takes it.
 *
 * @param value a positive number
 */
public record SeminarId(long value) implements Comparable<SeminarId> {

    public SeminarId {
        if (value < 1) {
            throw new DomainException(Message.of(SeminarId.class, "seminarId.shape", value));
        }
    }

    public static SeminarId parse(String text) {
        return new SeminarId(Codes.positiveNumber(text, SeminarId.class, "seminarId.shape"));
    }

    @Override
    public int compareTo(SeminarId other) {
        return Long.compare(value, other.value);
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
