package se.coompanion.sesi.domain.shared;

import java.util.Objects;
import java.util.Optional;

/**
 * Checks for the free text a person types into a record (a name, a title, a rationale): surrounding white space
 * is dropped, a required text must not be blank, and no text may be longer than its column allows. (What a person
 * may not type at all, such as invisible characters, is refused where input enters: the application's
 * {@code CommandValidator} and {@code CellText}, so that data stored by an earlier release still loads.)
 */
public final class TextField {

    private TextField() {
    }

    /**
     * The text without surrounding white space.
     *
     * @param field     what the text is, for the message ("Name")
     * @param value     the text
     * @param maxLength the longest allowed
     * @throws DomainException when the text is blank or too long
     */
    public static String required(Message field, String value, int maxLength) {
        Objects.requireNonNull(field, "field");
        String stripped = value == null ? "" : value.strip();
        if (stripped.isEmpty()) {
            throw new DomainException(Message.of(TextField.class, "text.required", field));
        }
        return limited(field, stripped, maxLength);
    }

    /** The text without surrounding white space, empty when blank; too long is an error. */
    public static Optional<String> optional(Message field, String value, int maxLength) {
        String stripped = value == null ? "" : value.strip();
        return stripped.isEmpty() ? Optional.empty() : Optional.of(limited(field, stripped, maxLength));
    }

    /** Like {@link #optional(Message, String, int)} for a value that may already be optional. */
    public static Optional<String> optional(Message field, Optional<String> value, int maxLength) {
        return optional(field, Objects.requireNonNull(value, "value").orElse(null), maxLength);
    }

    private static String limited(Message field, String text, int maxLength) {
        if (text.length() > maxLength) {
            throw new DomainException(Message.of(TextField.class, "text.tooLong", field, text.length(), maxLength));
        }
        return text;
    }
}
