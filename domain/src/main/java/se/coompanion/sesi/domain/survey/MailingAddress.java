package se.coompanion.sesi.domain.survey;

import java.util.Objects;
import java.util.Optional;
import se.coompanion.sesi.domain.shared.DomainException;
import se.coompanion.sesi.domain.shared.Message;
import se.coompanion.sesi.domain.shared.PostalCode;

/**
 * A Swedish postal address as a letter carries it: c/o line (optional), street or box address, postal code and
 * town (postort).
 *
 * @param careOf     the c/o line as the frame gives it (for example "c/o Anna Berg"), or empty
 * @param street     utdelningsadress
 * @param postalCode postnummer
 * @param town       postort
 */
public record MailingAddress(Optional<String> careOf, String street, PostalCode postalCode, String town) {

    /** Longest street or c/o line accepted. */
    public static final int MAX_LINE = 300;
    /** Longest town accepted. */
    public static final int MAX_TOWN = 100;

    public MailingAddress {
        Objects.requireNonNull(careOf, "careOf");
        Objects.requireNonNull(postalCode, "postalCode");
        careOf = careOf.map(String::strip).filter(c -> !c.isEmpty()).map(c -> checkedLine("careOf", c, MAX_LINE));
        street = checkedLine("street", street, MAX_LINE);
        town = checkedLine("town", town, MAX_TOWN);
    }

    /** A required line of the address, stripped, at most {@code max} characters. */
    public static String checkedLine(String field, String value, int max) {
        if (value == null || value.isBlank()) {
            throw new DomainException(Message.of(MailingAddress.class, "address.required", field));
        }
        String stripped = value.strip();
        if (stripped.length() > max) {
            throw new DomainException(Message.of(MailingAddress.class, "address.tooLong", field, stripped.length(),
                    max));
        }
        return stripped;
    }
}
