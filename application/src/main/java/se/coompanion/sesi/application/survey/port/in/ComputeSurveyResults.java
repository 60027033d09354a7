package se.coompanion.sesi.application.survey.port.in;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import se.coompanion.sesi.domain.survey.results.ResultGrouping;
import se.coompanion.sesi.domain.survey.Question;
import se.coompanion.sesi.domain.survey.entry.FormState;
import se.coompanion.sesi.domain.survey.results.QuestionResults;

/**
 * The results of the survey (domain.md, Postal survey: results) over the usable returns: a table per question,
 * overall or as a cross-tab by county, legal form or another question (column percents), each with its N.
 */
public interface ComputeSurveyResults {

    Result compute(Query query);

    /**
     * @param variable one question, or every question
     * @param by       the grouping
     */
    record Query(@NotNull Optional<String> variable, @NotNull ResultGrouping by) {
    }

    /**
     * @param by      the grouping
     * @param groups  the groups' keys in order: {@code all} first, then every group of the grouping (every county of
     *                the region, both surveyed legal forms, every code of the question grouped by and NO_ANSWER)
     * @param tables  one per question
     * @param usable  the usable returns (N of the {@code all} group)
     * @param states  every keyed form by where it stands, so that the forms held back are known
     * @param byQuestion the question grouped by, for a cross-tab by a question
     * @param computedOn the day the results were computed
     */
    record Result(ResultGrouping by, List<String> groups, List<QuestionResults> tables, long usable,
            Map<FormState, Long> states, Optional<Question> byQuestion, LocalDate computedOn) {

        public Result {
            Objects.requireNonNull(by, "by");
            Objects.requireNonNull(byQuestion, "byQuestion");
            Objects.requireNonNull(computedOn, "computedOn");
            groups = List.copyOf(groups);
            tables = List.copyOf(tables);
            states = Map.copyOf(states);
        }

        /** Keyed forms not in the analysis. */
        public long heldBack() {
            return states.entrySet().stream().filter(e -> e.getKey() != FormState.USABLE)
                    .mapToLong(Map.Entry::getValue).sum();
        }
    }
}
