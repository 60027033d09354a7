package se.coompanion.sesi.domain.survey.results;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * One row of the analysis data of a usable return: what it says about one question that was shown to it. A shown
 * question that is not answered has one row with {@code answered} false (item non-response); a question the form
 * hid (by its show-if condition) has no row. A MULTI answer has one row per ticked option; {@code rowNo} 0 is the
 * first row of an answer, so that counting the rows numbered 0 counts returns (respondents) and counting all rows
 * counts ticks.
 *
 * @param variable the question
 * @param rowNo    0 for the first row of the answer, 1, 2, ... for further ticked options
 * @param answered false for a shown question left empty
 * @param code     the choice code (SINGLE, LIKERT_5, MULTI)
 * @param number   the number (INTEGER, DECIMAL)
 * @param text     the text (TEXT) or the ISO date (DATE)
 */
public record AnswerRow(String variable, int rowNo, boolean answered, Optional<String> code,
        Optional<BigDecimal> number, Optional<String> text) {

    public AnswerRow {
        Objects.requireNonNull(variable, "variable");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(text, "text");
        int values = (code.isPresent() ? 1 : 0) + (number.isPresent() ? 1 : 0) + (text.isPresent() ? 1 : 0);
        if (rowNo < 0 || (answered ? values != 1 : values != 0 || rowNo != 0)) {
            throw new IllegalArgumentException("an answered row has one value, an unanswered row none: " + variable);
        }
    }

    /** A shown question left empty. */
    public static AnswerRow noAnswer(String variable) {
        return new AnswerRow(variable, 0, false, Optional.empty(), Optional.empty(), Optional.empty());
    }

    public static AnswerRow code(String variable, int rowNo, String code) {
        return new AnswerRow(variable, rowNo, true, Optional.of(code), Optional.empty(), Optional.empty());
    }

    public static AnswerRow number(String variable, BigDecimal number) {
        return new AnswerRow(variable, 0, true, Optional.empty(), Optional.of(number), Optional.empty());
    }

    public static AnswerRow text(String variable, String text) {
        return new AnswerRow(variable, 0, true, Optional.empty(), Optional.empty(), Optional.of(text));
    }
}
