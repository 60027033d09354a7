package se.coompanion.sesi.domain.competence;

import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;
import se.coompanion.sesi.domain.shared.DomainException;
import se.coompanion.sesi.domain.shared.Message;

/**
 * The stable key of a competence or of an area of a competence framework, such as {@code public_procurement}: lower
 * case letters a-z and digits in words joined by underscores, starting with a letter, at most {@value #MAX_LENGTH}
 * characters. Ratings refer to competences by their key, and the gap matrix uses the keys as column names.
 *
 * @param value the key
 */
public record CompetenceKey(String value) implements Comparable<CompetenceKey> {

    public static final int MAX_LENGTH = 40;
    private static final Pattern SHAPE = Pattern.compile("[a-z][a-z0-9]*(_[a-z0-9]+)*");

    public CompetenceKey {
        Objects.requireNonNull(value, "value");
        if (value.length() > MAX_LENGTH || !SHAPE.matcher(value).matches()) {
            throw new DomainException(Message.of(CompetenceKey.class, "key.shape", value, MAX_LENGTH));
        }
    }

    /** Reads a key as typed: upper case is taken as lower case, and hyphens or spaces as underscores. */
    public static CompetenceKey parse(String text) {
        return new CompetenceKey(text == null ? "" : text.strip().toLowerCase(Locale.ROOT).replaceAll("[\\s-]+", "_"));
    }

    @Override
    public int compareTo(CompetenceKey other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
