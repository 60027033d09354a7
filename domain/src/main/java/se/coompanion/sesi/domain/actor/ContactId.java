package se.coompanion.sesi.domain.actor;

import se.coompanion.sesi.domain.shared.Codes;
import se.coompanion.sesi.domain.shared.DomainException;
import se.coompanion.sesi.domain.shared.Message;

/**
 * The number of a contact person in the register, as {@code sesi contact list} shows it and {@code --contact ID}
 * takes it.
 *
 * @param value a positive number
 */
public record ContactId(long value) implements Comparable<ContactId> {

    public ContactId {
        if (value < 1) {
            throw new DomainException(Message.of(ContactId.class, "contactId.shape", value));
        }
    }

    public static ContactId parse(String text) {
        return new ContactId(Codes.positiveNumber(text, ContactId.class, "contactId.shape"));
    }

    @Override
    public int compareTo(ContactId other) {
        return Long.compare(value, other.value);
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
