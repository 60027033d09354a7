package se.coompanion.sesi.domain.shared;

import java.util.Objects;

/**
 * A Swedish postal code: five digits, the first not 0, written "NNN NN". Accepted as {@code 85233},
 * {@code 852 33} or {@code SE-852 33}.
 *
 * @param digits the five digits
 */
public record PostalCode(String digits) implements Comparable<PostalCode> {

    public PostalCode {
        Objects.requireNonNull(digits, "digits");
        if (digits.length() != 5 || digits.charAt(0) == '0' || !digits(digits, 0, 5)) {
            throw invalid(digits);
        }
    }

    /**
     * Reads {@code [SE[- ]]NNN[ ]NN} (the prefix in either case). Checked character by character rather than with a
     * regular expression: an import of a sampling frame reads a postal code per row, twice (docs/benchmarks.md).
     */
    public static PostalCode parse(String text) {
        if (text == null || text.isBlank()) {
            throw new DomainException(Message.of(PostalCode.class, "postalCode.empty"));
        }
        String written = text.strip();
        int at = 0;
        if (written.length() >= 2 && (written.charAt(0) == 'S' || written.charAt(0) == 's')
                && (written.charAt(1) == 'E' || written.charAt(1) == 'e')) {
            at = 2;
            if (at < written.length() && (written.charAt(at) == '-' || written.charAt(at) == ' ')) {
                at++;
            }
        }
        int gap = at + 3 < written.length() && written.charAt(at + 3) == ' ' ? 1 : 0;
        if (written.length() != at + 5 + gap || !digits(written, at, at + 3)
                || !digits(written, at + 3 + gap, at + 5 + gap) || written.charAt(at) == '0') {
            throw invalid(written);
        }
        return new PostalCode(written.substring(at, at + 3) + written.substring(at + 3 + gap));
    }

    /** True when the characters from {@code from} to {@code to} (exclusive) are all ASCII digits. */
    private static boolean digits(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
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
