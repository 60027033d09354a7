package se.coompanion.sesi.application.shared;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Objects;

/**
 * A column of an import file, known by a Swedish and an English name (cli.md). Header names are matched
 * case-insensitively and without regard to accents, spaces or hyphens, so "År", "ar" and "AR" are the same.
 *
 * @param swedish  the Swedish name, e.g. "organisationsnummer"
 * @param english  the English name, e.g. "org_number"; also the column's key
 * @param required whether the header must have the column (its values may still be optional per row)
 */
public record Column(String swedish, String english, boolean required) {

    public Column {
        Objects.requireNonNull(swedish, "swedish");
        Objects.requireNonNull(english, "english");
    }

    public static Column required(String swedish, String english) {
        return new Column(swedish, english, true);
    }

    public static Column optional(String swedish, String english) {
        return new Column(swedish, english, false);
    }

    /** True when a header cell names this column. */
    public boolean matches(String headerCell) {
        return matchesNormalised(normalise(headerCell));
    }

    /** True when a header cell, already {@link #normalise normalised}, names this column. */
    boolean matchesNormalised(String normalised) {
        return normalised.equals(normalise(swedish)) || normalised.equals(normalise(english));
    }

    @Override
    public String toString() {
        return swedish.equals(english) ? swedish : swedish + "/" + english;
    }

    static String normalise(String name) {
        String folded = Normalizer.normalize(name == null ? "" : name.strip(), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "");
        return folded.toLowerCase(Locale.ROOT).replaceAll("[\\s-]+", "_");
    }
}
