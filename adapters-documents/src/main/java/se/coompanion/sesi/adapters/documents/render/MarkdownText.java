package se.coompanion.sesi.adapters.documents.render;

import se.coompanion.sesi.domain.shared.WebAddress;

/**
 * Text made safe for Markdown (CommonMark and GitHub tables): characters that would start emphasis, code, links,
 * strike-through or a table cell are escaped with a backslash, as is a heading or list mark (followed by a space) at
 * the start;
 * {@code &} and angle brackets become entities (no HTML), line breaks become spaces (a table row is one line).
 * What was text stays text: no user value becomes markup. Parentheses and other punctuation stay as they are.
 */
public final class MarkdownText {

    private static final String ESCAPED = "\\`*_[]|~";
    private static final String AT_START = "#-+=";

    private MarkdownText() {
    }

    public static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '\r', '\n', '\t' -> out.append(' ');
                default -> {
                    if (ESCAPED.indexOf(c) >= 0 || (AT_START.indexOf(c) >= 0 && i == 0 && spaceOrEnd(text, 1))
                            || ((c == '.' || c == ')') && i > 0 && onlyDigitsBefore(text, i) && spaceOrEnd(text, i + 1))) {
                        out.append('\\');
                    }
                    out.append(c);
                }
            }
        }
        return out.toString();
    }

    /**
     * A web address as Markdown links it: {@code <https://...>} when it is a plain address ({@link WebAddress}: http
     * or https, no space, quote or bracket, which could end the link and begin HTML), otherwise as escaped text.
     * Nothing inside angle brackets is escaped in CommonMark, so only a checked address may stand there.
     */
    public static String autolink(String url) {
        if (url == null) {
            return "";
        }
        return WebAddress.isPlain(url) ? "<" + url + ">" : escape(url);
    }

    private static boolean spaceOrEnd(String text, int at) {
        return at >= text.length() || text.charAt(at) == ' ';
    }

    /** "2013. " at the start of a line would begin an ordered list. */
    private static boolean onlyDigitsBefore(String text, int end) {
        for (int i = 0; i < end; i++) {
            if (!Character.isDigit(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
