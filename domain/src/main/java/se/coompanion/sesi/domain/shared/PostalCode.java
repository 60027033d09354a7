package se.coompanion.sesi.domain.shared;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A Swedish postal code: five digits, the first not 0, written "NNN NN". Accepted as {@code 85233},
 * {@code 852 33} or {@code SE-852 33}.
 *
 * @param digits the five digits
 */
public record PostalCode(String digits) implements Comparable<PostalCode> {

    private static final Pattern FIVE_DIGITS = Pattern.compile("[1-9][0-9]{4}");
    private static final Pattern WRITTEN = Pattern.compile("(?i)(SE[- ]?)?([0-9]{3}) ?([0-9]{2})");

    public PostalCode {
        Objects.requireNonNull(digits, "digits");
        if (!FIVE_DIGITS.matcher(digits).matches()) {
            throw invalid(digits);
        }
    }

    public static PostalCode parse(String text) {
        if (text == null || text.isBlank()) {
            throw new DomainException(Message.of(PostalCode.class, "postalCode.empty"));
        }
        var matcher = WRITTEN.matcher(text.strip());
        if (!matcher.matches()) {
            throw invalid(text.strip());
        }
        String digits = matcher.group(2) + matcher.group(3);
        if (digits.charAt(0) == '0') {
            throw invalid(text.strip());
        }
        return new PostalCode(digits);
    }

    /** NNN NN. */
    public String formatted() {
        return digits.substring(0, 3) + " " + digits.substring(3);
    }

    @Override
    public int compareTo(PostalCode other) {
        return digits.compareTo(other.digits);
    }

    @Override
    public String toString() {
        return formatted();
    }

    private static DomainException invalid(String shown) {
        return new DomainException(Message.of(PostalCode.class, "postalCode.shape", shown));
    }
}
