package se.coompanion.sesi.domain.shared;

import java.util.Locale;
import java.util.Optional;

/**
 * What no text of a record may hold, because it would make the text show differently from what it is: the
 * characters that turn the direction of writing (a name with U+202E shows "Evil‮gnp.exe" as "Evilexe.png") and the
 * characters of no width (two names that look the same would differ). They never belong in a name, a title or a note
 * here; they come from copying text out of other programs, or from someone who wants to mislead.
 */
public final class VisibleText {

    private VisibleText() {
    }

    /** The first character that changes the direction of writing or has no width, if any. */
    public static Optional<Character> hidden(String text) {
        if (text == null) {
            return Optional.empty();
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isHidden(c)) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }

    /**
     * True for the marks and embeddings of bidirectional text (U+061C, U+200E, U+200F, U+202A-U+202E, U+2066-U+2069)
     * and the characters of no width (U+200B-U+200D, U+2060-U+2064, U+FEFF).
     */
    public static boolean isHidden(char c) {
        return c == '\u061C' || c >= '\u200B' && c <= '\u200F' || c >= '\u202A' && c <= '\u202E'
                || c >= '\u2060' && c <= '\u2064' || c >= '\u2066' && c <= '\u2069' || c == '\uFEFF';
    }

    /** {@code U+202E}. */
    public static String codePoint(char c) {
        return String.format(Locale.ROOT, "U+%04X", (int) c);
    }
}
