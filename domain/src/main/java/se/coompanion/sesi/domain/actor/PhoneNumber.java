package se.coompanion.sesi.domain.actor;

import java.util.Objects;
import java.util.regex.Pattern;
import se.coompanion.sesi.domain.shared.DomainException;
import se.coompanion.sesi.domain.shared.Message;

/**
 * A phone number as people write it ({@code 070-174 06 05}, {@code +46 60 19 10 00}): digits, spaces and
 * {@code + - ( ) /}, with at least 6 digits, at most 40 characters. Stored as given.
 *
 * @param value the number
 */
public record PhoneNumber(String value) {

    public static final int MAX_LENGTH = 40;
    private static final Pattern SHAPE = Pattern.compile("\\+?[0-9 ()/-]+");

    public PhoneNumber {
        Objects.requireNonNull(value, "value");
        long digits = value.chars().filter(Character::isDigit).count();
        if (value.length() > MAX_LENGTH || !SHAPE.matcher(value).matches() || digits < 6) {
            throw new DomainException(Message.of(PhoneNumber.class, "phone.shape", value));
        }
    }

    public static PhoneNumber parse(String text) {
        return new PhoneNumber(text == null ? "" : text.strip());
    }

    @Override
    public String toString() {
        return value;
    }
}
