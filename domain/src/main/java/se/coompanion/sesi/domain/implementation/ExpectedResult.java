package se.coompanion.sesi.domain.implementation;

import java.util.Objects;
import se.coompanion.sesi.domain.shared.Message;
import se.coompanion.sesi.domain.shared.TextField;

/**
 * A step of an activity's project logic: an output it delivers, or a short- or long-term result it leads to, followed
 * by one indicator. Results are numbered within their activity ({@code A1/2} is the second result of A1); a new
 * result gets one more than the highest number, so removing one leaves the others' numbers as they were.
 *
 * @param number      its number within the activity, from 1
 * @param level       output, short-term or long-term result
 * @param description what is delivered or what changes
 * @param indicator   how it is followed
 */
public record ExpectedResult(int number, ResultLevel level, String description, Indicator indicator) {

    public static final int MAX_DESCRIPTION = 1000;

    public ExpectedResult {
        if (number < 1) {
            throw new IllegalArgumentException("results are numbered from 1: " + number);
        }
        Objects.requireNonNull(level, "level");
        description = TextField.required(Message.of(ExpectedResult.class, "result.description"), description,
                MAX_DESCRIPTION);
        Objects.requireNonNull(indicator, "indicator");
    }

    public ExpectedResult renumbered(int other) {
        return new ExpectedResult(other, level, description, indicator);
    }
}
