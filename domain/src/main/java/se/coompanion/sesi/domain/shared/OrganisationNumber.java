package se.coompanion.sesi.domain.shared;

import java.util.Objects;

/**
 * A Swedish organisationsnummer: ten digits, written NNNNNN-NNNN. Accepted as 10 digits or as 12 digits
 * with the prefix 16, with or without the hyphen. Digits 3-4 are 20 or more (which tells it from a personal
 * identity number), and the last digit is a Luhn check digit over the first nine.
 *
 * @param digits the ten digits, without hyphen
 */
public record OrganisationNumber(String digits) implements Comparable<OrganisationNumber> {

    public OrganisationNumber {
        Objects.requireNonNull(digits, "digits");
        check(digits, digits);
    }

    /** Reads a number as people write it: {@code 716460-3867}, {@code 7164603867}, {@code 16716460-3867}. */
    public static OrganisationNumber parse(String text) {
        if (text == null || text.isBlank()) {
            throw invalid("orgnr.empty", text == null ? "" : text);
        }
        String trimmed = text.strip();
        String compact = trimmed.replace(" ", "");
        int hyphen = compact.indexOf('-');
        if (hyphen >= 0) {
            if (hyphen != compact.length() - 5 || compact.indexOf('-', hyphen + 1) >= 0) {
                throw invalid("orgnr.shape", trimmed);
            }
            compact = compact.substring(0, hyphen) + compact.substring(hyphen + 1);
        }
        if (!allDigits(compact)) {
            throw invalid("orgnr.shape", trimmed);
        }
        if (compact.length() == 12) {
            if (!compact.startsWith("16")) {
                throw invalid("orgnr.prefix", trimmed);
            }
            compact = compact.substring(2);
        }
        if (compact.length() != 10) {
            throw invalid("orgnr.shape", trimmed);
        }
        check(compact, trimmed);
        return new OrganisationNumber(compact);
    }

    /** True when {@link #parse} would accept the text. */
    public static boolean isValid(String text) {
        try {
            parse(text);
            return true;
        } catch (DomainException e) {
            return false;
        }
    }

    /** The Luhn check digit for nine digits (weights 2,1,2,1,... from the left). */
    public static int checkDigit(CharSequence firstNine) {
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            int product = (firstNine.charAt(i) - '0') * (i % 2 == 0 ? 2 : 1);
            sum += product > 9 ? product - 9 : product;
        }
        return (10 - sum % 10) % 10;
    }

    /** The group digit: the first digit (2 public sector, 5 aktiebolag, 7 ekonomiska föreningar, ...). */
    public int group() {
        return digits.charAt(0) - '0';
    }

    /** NNNNNN-NNNN. */
    public String formatted() {
        return digits.substring(0, 6) + "-" + digits.substring(6);
    }

    /** The number as a long, for compact keys. */
    public long asLong() {
        return Long.parseLong(digits);
    }

    @Override
    public int compareTo(OrganisationNumber other) {
        return digits.compareTo(other.digits);
    }

    @Override
    public String toString() {
        return formatted();
    }

    private static void check(String digits, String shown) {
        if (digits.length() != 10 || !allDigits(digits)) {
            throw invalid("orgnr.shape", shown);
        }
        int middle = (digits.charAt(2) - '0') * 10 + digits.charAt(3) - '0';
        if (middle < 20) {
            throw invalid("orgnr.middle", shown, digits.substring(2, 4));
        }
        int expected = checkDigit(digits);
        if (digits.charAt(9) - '0' != expected) {
            throw invalid("orgnr.checkDigit", digits.substring(0, 6) + "-" + digits.substring(6), expected);
        }
    }

    /**
     * True when every character is an ASCII digit. A loop rather than a stream: a frame import checks two numbers a
     * row, and with the launcher's C1-only JIT a stream pipeline costs more than the rest of the check.
     */
    private static boolean allDigits(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    private static DomainException invalid(String key, Object... args) {
        return new DomainException(Message.of(OrganisationNumber.class, key, args));
    }
}
