package se.coompanion.sesi.adapters.documents.render;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import se.coompanion.sesi.domain.shared.Message;

/**
 * One value of a table, typed so that each output shows it right: a table for people uses the language's
 * decimal comma and words, CSV for programs uses codes, {@code .} as decimal separator, shares with 4 decimals
 * and booleans as true/false (cli.md).
 */
public sealed interface Cell {

    /** Text for CSV (safe for spreadsheets, see {@link CsvTable}). */
    String csv();

    /** Text for people in a language. */
    String plain(Locale locale);

    /** True when a table for people aligns it to the right. */
    default boolean numeric() {
        return false;
    }

    static Cell text(String value) {
        return new Text(Objects.requireNonNullElse(value, ""));
    }

    static Cell text(Optional<String> value) {
        return text(value.orElse(""));
    }

    static Cell empty() {
        return new Text("");
    }

    /** A code for programs that people see as a word in their language (a status, a unit). */
    static Cell coded(String code, Message title) {
        return new Coded(code, title);
    }

    static Cell coded(Enum<?> code, Message title) {
        return new Coded(code.name(), title);
    }

    /**
     * A word that stands where a number usually is ("all" for a target whose set is still empty): empty in CSV,
     * aligned with the numbers for people.
     */
    static Cell placeholder(Message word) {
        return new Placeholder(word);
    }

    /** Texts for people joined with "; " (details, notes). */
    static Cell phrases(List<Message> parts) {
        return new Phrases(List.copyOf(parts));
    }

    static Cell number(long value) {
        return new Number(value);
    }

    /** A decimal with a fixed number of decimals (a mean, a score). */
    static Cell decimal(BigDecimal value, int scale) {
        return value == null ? empty() : new Decimal(value.setScale(scale, RoundingMode.HALF_UP));
    }

    static Cell decimal(double value, int scale) {
        return Double.isNaN(value) ? empty() : decimal(BigDecimal.valueOf(value), scale);
    }

    /** A share from 0 to 1: CSV 0.3412, people 34,1 %. */
    static Cell share(double value) {
        return Double.isNaN(value) ? empty() : new Share(value);
    }

    /** A percentage (0-100, one decimal): CSV 80.0, people 80,0 %. */
    static Cell percent(BigDecimal value) {
        return value == null ? empty() : new Percent(value.setScale(1, RoundingMode.HALF_UP));
    }

    static Cell bool(boolean value) {
        return new Bool(value);
    }

    static Cell date(LocalDate value) {
        return value == null ? empty() : new Text(value.toString());
    }

    /** Plain text. */
    record Text(String value) implements Cell {
        @Override
        public String csv() {
            return value;
        }

        @Override
        public String plain(Locale locale) {
            return value;
        }
    }

    /** A code and its word. */
    record Coded(String code, Message title) implements Cell {
        @Override
        public String csv() {
            return code;
        }

        @Override
        public String plain(Locale locale) {
            return title.format(locale);
        }
    }

    /** A word in a column of numbers. */
    record Placeholder(Message word) implements Cell {
        @Override
        public String csv() {
            return "";
        }

        @Override
        public String plain(Locale locale) {
            return word.format(locale);
        }

        @Override
        public boolean numeric() {
            return true;
        }
    }

    /** Several texts for people. */
    record Phrases(List<Message> parts) implements Cell {
        @Override
        public String csv() {
            return plain(Locale.ROOT);
        }

        @Override
        public String plain(Locale locale) {
            return parts.stream().map(m -> m.format(locale)).collect(Collectors.joining("; "));
        }
    }

    /** A whole number. */
    record Number(long value) implements Cell {
        @Override
        public String csv() {
            return Long.toString(value);
        }

        @Override
        public String plain(Locale locale) {
            return Long.toString(value);
        }

        @Override
        public boolean numeric() {
            return true;
        }
    }

    /** A decimal number. */
    record Decimal(BigDecimal value) implements Cell {
        @Override
        public String csv() {
            return value.toPlainString();
        }

        @Override
        public String plain(Locale locale) {
            return localDecimal(value.toPlainString(), locale);
        }

        @Override
        public boolean numeric() {
            return true;
        }
    }

    /** A share of 1. */
    record Share(double value) implements Cell {
        @Override
        public String csv() {
            return BigDecimal.valueOf(value).setScale(4, RoundingMode.HALF_UP).toPlainString();
        }

        @Override
        public String plain(Locale locale) {
            return localDecimal(BigDecimal.valueOf(value * 100).setScale(1, RoundingMode.HALF_UP).toPlainString(),
                    locale) + " %";
        }

        @Override
        public boolean numeric() {
            return true;
        }
    }

    /** A percentage. */
    record Percent(BigDecimal value) implements Cell {
        @Override
        public String csv() {
            return value.toPlainString();
        }

        @Override
        public String plain(Locale locale) {
            return localDecimal(value.toPlainString(), locale) + " %";
        }

        @Override
        public boolean numeric() {
            return true;
        }
    }

    /** Yes or no. */
    record Bool(boolean value) implements Cell {
        @Override
        public String csv() {
            return Boolean.toString(value);
        }

        @Override
        public String plain(Locale locale) {
            return Message.of(Cell.class, value ? "yes" : "no").format(locale);
        }
    }

    private static String localDecimal(String plain, Locale locale) {
        return "sv".equals(locale.getLanguage()) ? plain.replace('.', ',') : plain;
    }
}
