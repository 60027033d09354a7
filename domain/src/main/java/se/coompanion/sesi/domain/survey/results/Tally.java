package se.coompanion.sesi.domain.survey.results;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * A count of equal analysis rows ({@link AnswerRow}) of one question in one group of returns: what a database
 * {@code GROUP BY} over the rows gives, and what the results tables are computed from.
 *
 * @param answered false for the rows of shown questions left empty
 * @param code     the choice code the rows share
 * @param number   the number they share
 * @param text     the text or date they share
 * @param rows     how many rows (for MULTI: ticks of the option)
 * @param items    how many of them are first rows of an answer (returns: for MULTI, respondents)
 */
public record Tally(boolean answered, Optional<String> code, Optional<BigDecimal> number, Optional<String> text,
        long rows, long items) {

    public Tally {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(text, "text");
        number = number.map(BigDecimal::stripTrailingZeros);
        if (rows < 0 || items < 0 || items > rows) {
            throw new IllegalArgumentException("rows " + rows + ", items " + items);
        }
    }

    public static Tally noAnswer(long returns) {
        return new Tally(false, Optional.empty(), Optional.empty(), Optional.empty(), returns, returns);
    }

    public static Tally code(String code, long rows, long items) {
        return new Tally(true, Optional.of(code), Optional.empty(), Optional.empty(), rows, items);
    }

    public static Tally number(BigDecimal number, long returns) {
        return new Tally(true, Optional.empty(), Optional.of(number), Optional.empty(), returns, returns);
    }

    public static Tally text(String text, long returns) {
        return new Tally(true, Optional.empty(), Optional.empty(), Optional.of(text), returns, returns);
    }
}
