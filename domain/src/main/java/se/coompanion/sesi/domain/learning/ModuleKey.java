package se.coompanion.sesi.domain.learning;

import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;
import se.coompanion.sesi.domain.shared.DomainException;
import se.coompanion.sesi.domain.shared.Message;

/**
 * The stable key of a module of the learning programme, such as {@code M1} or {@code UPPHANDLING}: a module carried
 * over to a new version keeps its key, so that versions, pilot runs and evaluations refer to it. Letters A-Z, digits,
 * hyphens and underscores, starting with a letter, at most {@value #MAX_LENGTH} characters; read in any letter case.
 *
 * @param value the key in upper case
 */
public record ModuleKey(String value) implements Comparable<ModuleKey> {

    public static final int MAX_LENGTH = 20;
    private static final Pattern SHAPE = Pattern.compile("[A-Z][A-Z0-9_-]*");

    public ModuleKey {
        Objects.requireNonNull(value, "value");
        if (value.length() > MAX_LENGTH || !SHAPE.matcher(value).matches()) {
            throw new DomainException(Message.of(ModuleKey.class, "moduleKey.shape", value, MAX_LENGTH));
        }
    }

    public static ModuleKey parse(String text) {
        return new ModuleKey(text == null ? "" : text.strip().toUpperCase(Locale.ROOT));
    }

    /** The key a new module gets when none is chosen: M1, M2, ... the first number not taken. */
    public static ModuleKey numbered(int number) {
        return new ModuleKey("M" + number);
    }

    @Override
    public int compareTo(ModuleKey other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
