package se.coompanion.sesi.domain.actor;

import java.util.Objects;
import java.util.regex.Pattern;
import se.coompanion.sesi.domain.shared.DomainException;
import se.coompanion.sesi.domain.shared.Message;

/**
 * An email address, checked loosely (something, one @, a domain with a dot, no spaces, at most 254 characters):
 * a real address is never refused because of a stricter guess. Stored as given.
 *
 * @param value the address
 */
public record EmailAddress(String value) {

    public static final int MAX_LENGTH = 254;
    private static final Pattern SHAPE = Pattern.compile("[^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)+");

    public EmailAddress {
        Objects.requireNonNull(value, "value");
        if (value.length() > MAX_LENGTH || !SHAPE.matcher(value).matches()) {
            throw new DomainException(Message.of(EmailAddress.class, "email.shape", value));
        }
    }

    public static EmailAddress parse(String text) {
        return new EmailAddress(text == null ? "" : text.strip());
    }

    @Override
    public String toString() {
        return value;
    }
}
