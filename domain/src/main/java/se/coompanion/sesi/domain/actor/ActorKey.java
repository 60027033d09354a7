package se.coompanion.sesi.domain.actor;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;
import se.coompanion.sesi.domain.shared.DomainException;
import se.coompanion.sesi.domain.shared.Message;

/**
 * An actor's short key: a stable, readable name to type on the command line, such as {@code sundsvalls-kommun}.
 * Lower-case letters a-z and digits in words joined by single hyphens, starting with a letter, at most
 * {@value #MAX_LENGTH} characters. Starting with a letter, it can never be mistaken for an organisationsnummer.
 * Made once from the actor's name when the actor is registered ({@link #fromName}), made unique with a number
 * ({@code -2}, {@code -3}, ...), and never changed afterwards, even when the name changes.
 *
 * @param value the key
 */
public record ActorKey(String value) implements Comparable<ActorKey> {

    public static final int MAX_LENGTH = 40;
    /** A key made from a name is cut to this length, so that a suffix always fits. */
    static final int BASE_LENGTH = 36;
    private static final Pattern SHAPE = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");

    public ActorKey {
        Objects.requireNonNull(value, "value");
        if (value.length() > MAX_LENGTH || !SHAPE.matcher(value).matches()) {
            throw new DomainException(Message.of(ActorKey.class, "actorKey.shape", value, MAX_LENGTH));
        }
    }

    /** Reads a key as typed; upper-case letters are taken as lower case. */
    public static ActorKey parse(String text) {
        return new ActorKey(text == null ? "" : text.strip().toLowerCase(Locale.ROOT));
    }

    /**
     * The key a name gives: accents dropped (å, ä to a, ö to o), lower case, every run of other characters a
     * hyphen, cut at a word boundary to at most 36 characters; "actor" when nothing is left, and "a-" in front
     * when the name starts with a digit. "Sundsvalls kommun" gives {@code sundsvalls-kommun}.
     */
    public static ActorKey fromName(String name) {
        String folded = Normalizer.normalize(name == null ? "" : name, Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT)
                .replace('æ', 'a').replace('ø', 'o').replace("ß", "ss");
        String slug = folded.replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (slug.isEmpty()) {
            slug = "actor";
        }
        if (!Character.isLetter(slug.charAt(0))) {
            slug = "a-" + slug;
        }
        if (slug.length() > BASE_LENGTH) {
            String cut = slug.substring(0, BASE_LENGTH + 1);
            int boundary = cut.lastIndexOf('-');
            slug = boundary > 0 ? cut.substring(0, boundary) : slug.substring(0, BASE_LENGTH);
            slug = slug.replaceAll("-+$", "");
        }
        return new ActorKey(slug);
    }

    /** This key with a number, for a second actor whose name gives the same key: {@code ange-kommun-2}. */
    public ActorKey withSuffix(int number) {
        if (number < 2) {
            throw new IllegalArgumentException("suffixes start at 2: " + number);
        }
        String suffix = "-" + number;
        String base = value.length() + suffix.length() <= MAX_LENGTH ? value
                : value.substring(0, MAX_LENGTH - suffix.length()).replaceAll("-+$", "");
        return new ActorKey(base + suffix);
    }

    @Override
    public int compareTo(ActorKey other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
