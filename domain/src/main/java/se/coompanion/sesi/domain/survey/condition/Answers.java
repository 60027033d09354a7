package se.coompanion.sesi.domain.survey.condition;

import com.google.common.base.Splitter;
import com.google.common.collect.ImmutableMap;
import java.util.Map;

/**
 * The answers of one returned questionnaire, as far as a show-if condition needs them: the value of a variable as
 * keyed ({@code ""} when not answered) and, for a MULTI question, whether an option was ticked.
 */
public interface Answers {

    /** The answer as keyed, stripped; {@code ""} when the question was not answered. */
    String value(String variable);

    /** True when the option {@code code} of the MULTI question {@code variable} was ticked. */
    boolean ticked(String variable, String code);

    /** No answers at all. */
    static Answers none() {
        return of(Map.of());
    }

    /**
     * Answers from variable to value as in the data-entry format: a MULTI answer is its ticked codes joined with
     * {@code |} ({@code "1|3"}); a missing or blank value is not answered.
     */
    static Answers of(Map<String, String> values) {
        ImmutableMap<String, String> copy = ImmutableMap.copyOf(values);
        return new Answers() {
            @Override
            public String value(String variable) {
                String value = copy.get(variable);
                return value == null ? "" : value.strip();
            }

            @Override
            public boolean ticked(String variable, String code) {
                return Splitter.on('|').trimResults().splitToStream(value(variable)).anyMatch(code::equals);
            }

            @Override
            public String toString() {
                return copy.toString();
            }
        };
    }
}
