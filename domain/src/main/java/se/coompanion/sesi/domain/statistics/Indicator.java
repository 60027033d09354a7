package se.coompanion.sesi.domain.statistics;

import java.util.Locale;
import java.util.Objects;
import se.coompanion.sesi.domain.shared.DomainException;
import se.coompanion.sesi.domain.shared.Message;

/**
 * What a statistical series counts, as the source names it: "företagare", "nystartade företag", "operativa
 * företagsledare". Kept as written (white space tidied); two names that differ only in case are the same
 * indicator.
 *
 * @param name the name, 1 to {@value #MAX_LENGTH} characters with at least one letter
 */
public record Indicator(String name) implements Comparable<Indicator> {

    public static final int MAX_LENGTH = 200;

    public Indicator {
        Objects.requireNonNull(name, "name");
        name = name.strip().replaceAll("\\s+", " ");
        if (name.isEmpty() || name.length() > MAX_LENGTH || name.codePoints().noneMatch(Character::isLetter)) {
            throw new DomainException(Message.of(Indicator.class, "indicator.shape", name, MAX_LENGTH));
        }
    }

    public static Indicator of(String name) {
        return new Indicator(name == null ? "" : name);
    }

    /** The name in lower case: what makes two indicators the same. */
    public String key() {
        return name.toLowerCase(Locale.ROOT);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Indicator that && key().equals(that.key());
    }

    @Override
    public int hashCode() {
        return key().hashCode();
    }

    @Override
    public int compareTo(Indicator other) {
        return key().compareTo(other.key());
    }

    @Override
    public String toString() {
        return name;
    }
}
