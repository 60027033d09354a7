package se.coompanion.sesi.domain.synthesis;

import com.google.common.collect.ImmutableSortedSet;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import se.coompanion.sesi.domain.survey.QuestionType;
import se.coompanion.sesi.domain.survey.results.QuestionResults;

/**
 * An answer of the postal survey that speaks for a theme: the share of the valid answers to a question that chose
 * one of some codes (for a LIKERT_5 question "4 or 5": agrees to a large extent or fully), or of the respondents who
 * ticked an option of a MULTI question.
 *
 * @param variable the question's variable
 * @param codes    the codes counted; a MULTI question's indicator counts one option
 */
public record SurveyIndicator(String variable, ImmutableSortedSet<String> codes) {

    public SurveyIndicator {
        Objects.requireNonNull(variable, "variable");
        codes = ImmutableSortedSet.copyOf(codes);
        if (codes.isEmpty()) {
            throw new IllegalArgumentException("an indicator counts at least one code of " + variable);
        }
    }

    public static SurveyIndicator of(String variable, String... codes) {
        return new SurveyIndicator(variable, ImmutableSortedSet.copyOf(codes));
    }

    /**
     * What the indicator shows in the results of its question (the first column: all returns).
     *
     * @param results the question's results
     * @return the count and share; empty for a question the indicator cannot read (a number or a text, or a MULTI
     *         question with several codes)
     */
    public Optional<Measured> measure(QuestionResults results) {
        if (!results.question().variable().equals(variable) || results.columns().isEmpty()) {
            return Optional.empty();
        }
        QuestionResults.Column column = results.columns().get(0);
        long count;
        if (column instanceof QuestionResults.ChoiceColumn choices) {
            count = choices.codes().stream().filter(c -> codes.contains(c.choice().code()))
                    .mapToLong(QuestionResults.CodeCount::count).sum();
        } else if (column instanceof QuestionResults.MultiColumn multi && codes.size() == 1) {
            count = multi.options().stream().filter(o -> codes.contains(o.choice().code()))
                    .mapToLong(QuestionResults.OptionCount::count).sum();
        } else {
            return Optional.empty();
        }
        long valid = column.base().valid();
        return Optional.of(new Measured(this, results.question().type(), count, valid,
                valid == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) count / valid)));
    }

    /**
     * @param indicator the indicator
     * @param type      its question's type
     * @param count     answers (MULTI: respondents) with one of the codes
     * @param valid     the valid answers (MULTI: the respondents): the base
     * @param share     count / valid; empty without a valid answer
     */
    public record Measured(SurveyIndicator indicator, QuestionType type, long count, long valid,
            OptionalDouble share) {

        /**
         * True when at least half of the valid answers chose the indicator's codes (count x 2 >= valid, compared
         * exactly): the survey then speaks for the theme.
         */
        public boolean majority() {
            return valid > 0 && count * 2 >= valid;
        }
    }
}
