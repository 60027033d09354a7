package se.coompanion.sesi.domain.survey;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import se.coompanion.sesi.domain.shared.DomainException;
import se.coompanion.sesi.domain.shared.Message;

/**
 * The id printed on a frame unit's questionnaire, such as {@code S-0012-5}: the letter S, the unit's sequence
 * number in the frame (at least four digits), and a {@link Damm} check digit over those digits, so that a
 * mistyped id (one wrong digit, or two neighbours swapped) is caught wherever an id is typed.
 *
 * <p>Read as people type it: {@code S-0012-5}, {@code s 0012 5}, {@code S00125} or {@code 0012-5}. The digits
 * must be written as on the form (four digits up to 9999, zero-padded), so that a dropped or added digit is
 * caught too.
 *
 * @param sequence the unit's number in the frame, from 1
 */
public record ResponseId(int sequence) implements Comparable<ResponseId> {

    /** The largest sequence number (eight digits). */
    public static final int MAX_SEQUENCE = 99_999_999;

    private static final int MIN_WIDTH = 4;
    private static final Pattern WRITTEN = Pattern.compile("(?i)(?:S\\s*-?\\s*)?([0-9]+)\\s*-?\\s*([0-9])");

    public ResponseId {
        if (sequence < 1 || sequence > MAX_SEQUENCE) {
            throw new DomainException(Message.of(ResponseId.class, "responseId.sequence", sequence, MAX_SEQUENCE));
        }
    }

    public static ResponseId of(int sequence) {
        return new ResponseId(sequence);
    }

    /** Reads a typed id; a wrong shape or check digit is a {@link DomainException} that says what to check. */
    public static ResponseId parse(String text) {
        String shown = text == null ? "" : text.strip();
        if (shown.isEmpty()) {
            throw new DomainException(Message.of(ResponseId.class, "responseId.empty"));
        }
        Matcher matcher = WRITTEN.matcher(shown);
        if (!matcher.matches()) {
            throw new DomainException(Message.of(ResponseId.class, "responseId.shape", shown));
        }
        String digits = matcher.group(1);
        if (digits.length() > 8) {
            throw new DomainException(Message.of(ResponseId.class, "responseId.shape", shown));
        }
        int sequence = Integer.parseInt(digits);
        if (sequence == 0 || !digits.equals(padded(sequence))) {
            throw new DomainException(Message.of(ResponseId.class, "responseId.shape", shown));
        }
        if (!Damm.isValid(digits + matcher.group(2))) {
            throw new DomainException(Message.of(ResponseId.class, "responseId.checkDigit", shown));
        }
        return new ResponseId(sequence);
    }

    /** The sequence as printed: zero-padded to four digits. */
    public String digits() {
        return padded(sequence);
    }

    public int checkDigit() {
        return Damm.checkDigit(digits());
    }

    @Override
    public int compareTo(ResponseId other) {
        return Integer.compare(sequence, other.sequence);
    }

    /** {@code S-0012-5}. */
    @Override
    public String toString() {
        return "S-" + digits() + "-" + checkDigit();
    }

    private static String padded(int sequence) {
        String plain = Integer.toString(sequence);
        return plain.length() >= MIN_WIDTH ? plain : "0".repeat(MIN_WIDTH - plain.length()) + plain;
    }
}
