package se.coompanion.sesi.domain.implementation;

import java.util.Locale;
import se.coompanion.sesi.domain.shared.Codes;
import se.coompanion.sesi.domain.shared.DomainException;
import se.coompanion.sesi.domain.shared.Message;

/**
 * The number of an activity of the implementation project draft, written {@code A1}, {@code A2} ... Numbers are
 * given in the order activities are made and never reused, so that a reference to an activity keeps meaning the same
 * one (a merged or dropped activity keeps its number).
 *
 * @param number 1 for the first
 */
public record ActivityId(int number) implements Comparable<ActivityId> {

    public ActivityId {
        if (number < 1) {
            throw new DomainException(Message.of(ActivityId.class, "activity.id", String.valueOf(number)));
        }
    }

    /** Reads {@code A3}, {@code a3} or {@code 3}. */
    public static ActivityId parse(String text) {
        String t = text == null ? "" : text.strip().toUpperCase(Locale.ROOT);
        String digits = t.startsWith("A") ? t.substring(1) : t;
        if (!digits.matches("\\d{1,6}")) {
            throw new DomainException(Message.of(ActivityId.class, "activity.id", text == null ? "" : text.strip()));
        }
        return new ActivityId((int) Codes.positiveNumber(digits, ActivityId.class, "activity.id"));
    }

    @Override
    public int compareTo(ActivityId other) {
        return Integer.compare(number, other.number);
    }

    @Override
    public String toString() {
        return "A" + number;
    }
}
