package se.coompanion.sesi.adapters.documents;

import java.util.Locale;
import java.util.Optional;

/**
 * Which readers the final report is for. The final report is public by default: it is what the project owner submits
 * and shares with the municipalities and partners.
 */
public enum Edition {
    /**
     * For publication: leaves out the stakeholders' salience classes and attitudes and every personal name (the
     * contact persons the records quote are "a contact person"), and says so in its foreword.
     */
    PUBLIC("public", ""),
    /**
     * Internal working material ("Internt arbetsmaterial" on every page): everything the records hold, salience
     * classes, attitudes and names included. Its files are named {@code -intern-}, so that it is never mistaken for
     * the public report.
     */
    INTERNAL("internal", "-intern");

    private final String code;
    private final String fileSuffix;

    Edition(String code, String fileSuffix) {
        this.code = code;
        this.fileSuffix = fileSuffix;
    }

    /** The edition as the command line names it: {@code public} or {@code internal}. */
    public String code() {
        return code;
    }

    /** What the edition adds to a file name before the language: nothing, or {@code -intern}. */
    public String fileSuffix() {
        return fileSuffix;
    }

    /**
     * Reads {@code public} or {@code internal} in any case, or the Swedish {@code offentlig} and {@code intern}.
     *
     * @param text the edition's name
     * @return the edition, or empty for any other text
     */
    public static Optional<Edition> parse(String text) {
        String t = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        return switch (t) {
            case "public", "offentlig" -> Optional.of(PUBLIC);
            case "internal", "intern" -> Optional.of(INTERNAL);
            default -> Optional.empty();
        };
    }
}
