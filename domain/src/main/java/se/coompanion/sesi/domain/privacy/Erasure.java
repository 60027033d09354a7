package se.coompanion.sesi.domain.privacy;

import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How a person's data is erased: anonymised in place. A field that only held the person's data is emptied (or,
 * where a value is required, set to {@link #MARKER}); in free text each mention of the person (full name, email
 * address or phone number, in any letter case) is replaced by the marker, so that the rest of the text, the
 * organisation's data and every count stay as they were.
 */
public final class Erasure {

    /** What replaces an erased value. Stored data: the same in every language. */
    public static final String MARKER = "[erased]";

    private Erasure() {
    }

    /** The text with every mention of the term replaced by {@link #MARKER}, ignoring letter case. */
    public static String withoutMentions(String text, String term) {
        Objects.requireNonNull(term, "term");
        if (text == null || term.isBlank()) {
            return text;
        }
        return Pattern.compile(Pattern.quote(term.strip()), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)
                .matcher(text).replaceAll(Matcher.quoteReplacement(MARKER));
    }

    /** True when the text mentions the term, ignoring letter case. */
    public static boolean mentions(String text, String term) {
        if (text == null || term == null || term.isBlank()) {
            return false;
        }
        return text.toLowerCase(Locale.ROOT).contains(term.strip().toLowerCase(Locale.ROOT));
    }
}
