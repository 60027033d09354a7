package se.coompanion.sesi.adapters.documents.render.chart;

import java.util.ArrayList;
import java.util.List;

/**
 * How wide a text is drawn in a chart, estimated without a font: per character from the widths of DejaVu Sans, the
 * widest of the faces the documents' style sheet may fall back to (Segoe UI, Helvetica and Arial are narrower), with a
 * margin. Charts use it to make room for their labels and to wrap a long label onto more lines instead of letting the
 * picture cut it; the documents' browser test measures the result in a real browser.
 */
public final class TextWidth {

    /** The charts' font size in pixels (the style sheet's {@code svg text}). */
    public static final double FONT_SIZE = 12;
    /** The height of one line of a wrapped label. */
    public static final int LINE_HEIGHT = 14;

    private static final double MARGIN = 1.06;

    private TextWidth() {
    }

    /** The estimated width of the text in pixels at the charts' font size. */
    public static double of(String text) {
        return of(text, FONT_SIZE);
    }

    /** The estimated width of the text in pixels at a font size. */
    public static double of(String text, double fontSize) {
        double em = 0;
        for (int i = 0; i < text.length(); i++) {
            em += em(text.charAt(i));
        }
        return em * fontSize * MARGIN;
    }

    private static double em(char c) {
        if ("il.,:;'|!ı".indexOf(c) >= 0) {
            return 0.28;
        }
        if ("jtfr()[]".indexOf(c) >= 0) {
            return 0.41;
        }
        if (c == ' ' || c == '\u00a0') {
            return 0.32;
        }
        if (c == 'm') {
            return 0.98;
        }
        if (c == 'w') {
            return 0.82;
        }
        if ("MW%".indexOf(c) >= 0) {
            return 1.0;
        }
        if (c == 'I') {
            return 0.3;
        }
        if (Character.isDigit(c)) {
            return 0.64;
        }
        if (Character.isUpperCase(c)) {
            return 0.74;
        }
        if ("sczkvxy".indexOf(c) >= 0) {
            return 0.56;
        }
        if (c == '\u2013' || c == '\u2212' || c == '+') {
            return 0.84;
        }
        if (c == '\u2014' || c == '\u2026') {
            return 1.0;
        }
        return 0.63;
    }

    /**
     * The text broken at spaces into lines no wider than {@code width} pixels (a word wider than that stands alone on
     * its line: {@link #widest(List)} says how wide it is, so that the chart can make room for it).
     */
    public static List<String> wrap(String text, double width) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.strip().split("\\s+")) {
            if (line.length() > 0 && of(line + " " + word) > width) {
                lines.add(line.toString());
                line.setLength(0);
            }
            if (line.length() > 0) {
                line.append(' ');
            }
            line.append(word);
        }
        if (line.length() > 0 || lines.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }

    /** The width of the widest of the lines. */
    public static double widest(List<String> lines) {
        return lines.stream().mapToDouble(TextWidth::of).max().orElse(0);
    }
}
