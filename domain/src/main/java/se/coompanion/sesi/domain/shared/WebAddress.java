package se.coompanion.sesi.domain.shared;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A web address as the documents link it: http or https, no white space, and none of the characters that would end or
 * break a link in HTML or Markdown (quotes, angle, round, square and curly brackets, back-quote, bar, backslash,
 * caret). Every address a person gives is checked so; the documents still write it as text where it is not one.
 */
public final class WebAddress {

    /** Longest address accepted. */
    public static final int MAX_LENGTH = 2000;

    private static final Pattern ADDRESS = Pattern.compile("(?i)https?://[^\\s<>\"'`()\\[\\]{}|\\\\^]+");

    private WebAddress() {
    }

    /** True for an address as it may be given and stored. */
    public static boolean isValid(String text) {
        return text != null && text.length() <= MAX_LENGTH && ADDRESS.matcher(text).matches();
    }

    /**
     * True for an address a document may write as a link: valid, and without a control or invisible character
     * (which a database of an earlier release might hold).
     */
    public static boolean isPlain(String text) {
        return isValid(text) && text.chars().noneMatch(Character::isISOControl) && VisibleText.hidden(text).isEmpty();
    }

    /** True when a text is meant as an address: it starts with a scheme such as http:// (any case). */
    public static boolean looksLikeOne(String text) {
        String start = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        int scheme = start.indexOf("://");
        return scheme > 0 && start.substring(0, scheme).chars().allMatch(Character::isLetter);
    }
}
