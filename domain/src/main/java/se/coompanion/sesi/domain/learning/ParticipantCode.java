package se.coompanion.sesi.domain.learning;

import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;
import se.coompanion.sesi.domain.shared.DomainException;
import se.coompanion.sesi.domain.shared.Message;

/**
 * The pseudonymous code a pilot participant's evaluations are kept under (P01, P02 ...): never a name, so that the
 * evaluations hold no personal data. Letters, digits, hyphens and underscores, at most {@value #MAX_LENGTH}
 * characters, read in any letter case; unique within a pilot run.
 *
 * @param value the code in upper case
 */
public record ParticipantCode(String value) implements Comparable<ParticipantCode> {

    public static final int MAX_LENGTH = 20;
    private static final Pattern SHAPE = Pattern.compile("[A-Z0-9][A-Z0-9_-]*");

    public ParticipantCode {
        Objects.requireNonNull(value, "value");
        if (value.length() > MAX_LENGTH || !SHAPE.matcher(value).matches()) {
            throw new DomainException(Message.of(ParticipantCode.class, "participant.shape", value, MAX_LENGTH));
        }
    }

    public static ParticipantCode parse(String text) {
        return new ParticipantCode(text == null ? "" : text.strip().toUpperCase(Locale.ROOT));
    }

    @Override
    public int compareTo(ParticipantCode other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
