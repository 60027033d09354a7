package se.coompanion.sesi.domain.statistics;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Objects;
import se.coompanion.sesi.domain.shared.DomainException;
import se.coompanion.sesi.domain.shared.Message;

/**
 * One statistical figure on women's entrepreneurship: an indicator for a region and a year, the values for women
 * and men, and where it comes from. The software never invents statistics: a figure has a source, and a figure
 * that only illustrates (the demo's regional figures) is marked as example data and labelled so wherever it is
 * shown.
 *
 * @param indicator what is counted
 * @param region    Sweden, a county or a municipality
 * @param year      the year the figure is for
 * @param values    women and men, as counts or percentages
 * @param source    the publisher and title (and year and address when known)
 * @param example   true when the figure is example data, not statistics
 */
public record Figure(Indicator indicator, Region region, int year, FigureValues values, Source source,
        boolean example) {

    public static final int FIRST_YEAR = 1900;
    public static final int LAST_YEAR = 2100;

    public Figure {
        Objects.requireNonNull(indicator, "indicator");
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(values, "values");
        Objects.requireNonNull(source, "source");
        checkYear(year, "figure.year");
    }

    public FigureKey key() {
        return new FigureKey(indicator, region, year);
    }

    public Unit unit() {
        return values.unit();
    }

    /** Women's share, 0 to 1 (see {@link FigureValues}). */
    public BigDecimal womenShare() {
        return values.womenShare();
    }

    /**
     * Reads whether a figure is example data: ja/nej, yes/no, true/false, j/n, y/n or 1/0 in any case; empty is
     * no (a real figure).
     */
    public static boolean parseExample(String text) {
        String t = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        return switch (t) {
            case "ja", "j", "yes", "y", "true", "1", "x" -> true;
            case "nej", "n", "no", "false", "0", "" -> false;
            default -> throw new DomainException(Message.of(Figure.class, "figure.example", t));
        };
    }

    /** Reads a year: four digits from 1900 to 2100. */
    public static int parseYear(String text) {
        return parseYear(text, "figure.year");
    }

    static int parseYear(String text, String key) {
        String t = text == null ? "" : text.strip();
        if (!t.matches("[0-9]{4}")) {
            throw new DomainException(Message.of(Figure.class, key, t, FIRST_YEAR, LAST_YEAR));
        }
        int year = Integer.parseInt(t);
        checkYear(year, key);
        return year;
    }

    static void checkYear(int year, String key) {
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            throw new DomainException(Message.of(Figure.class, key, year, FIRST_YEAR, LAST_YEAR));
        }
    }
}
