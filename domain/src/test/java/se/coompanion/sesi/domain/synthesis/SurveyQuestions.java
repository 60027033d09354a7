package se.coompanion.sesi.domain.synthesis;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import se.coompanion.sesi.domain.survey.Choice;
import se.coompanion.sesi.domain.survey.Question;
import se.coompanion.sesi.domain.survey.QuestionType;
import se.coompanion.sesi.domain.survey.condition.ShowIf;
import se.coompanion.sesi.domain.survey.results.Base;
import se.coompanion.sesi.domain.survey.results.QuestionResults;

/** Survey questions and result columns made by hand for the synthesis tests. */
final class SurveyQuestions {

    private static final String LIKERT = "1, Inte alls | 2, Lite | 3, Delvis | 4, Stor del | 5, Helt | 9, Vet ej";
    private static final String WISHES = "1, Rådgivning | 2, Utbildning | 3, Nätverk";

    private SurveyQuestions() {
    }

    static Question question(String variable, QuestionType type) {
        return new Question(variable, "", "Fråga " + variable, type,
                Choice.parseList(type == QuestionType.MULTI ? WISHES : LIKERT), false, Optional.empty(),
                Optional.empty(), ShowIf.parseOptional(""));
    }

    /** A LIKERT column with the counts of codes 1-5 and 9 (valid = their sum), N returns. */
    static QuestionResults.ChoiceColumn choices(String group, long[] counts, long returns) {
        String[] codes = {"1", "2", "3", "4", "5", "9"};
        long valid = 0;
        for (long c : counts) {
            valid += c;
        }
        List<QuestionResults.CodeCount> rows = new ArrayList<>();
        for (int i = 0; i < codes.length; i++) {
            rows.add(new QuestionResults.CodeCount(new Choice(codes[i], codes[i]), counts[i],
                    valid == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) counts[i] / valid)));
        }
        return new QuestionResults.ChoiceColumn(group, new Base(returns, 0, returns - valid, valid),
                ImmutableList.copyOf(rows), Optional.empty());
    }

    /** A MULTI question's results: options 1, 2, 3 ticked by the given counts, of {@code respondents}. */
    static QuestionResults multi(String variable, long respondents, long... ticked) {
        List<QuestionResults.OptionCount> options = new ArrayList<>();
        long answers = 0;
        for (long t : ticked) {
            answers += t;
        }
        for (int i = 0; i < ticked.length; i++) {
            options.add(new QuestionResults.OptionCount(new Choice(String.valueOf(i + 1), "Val " + (i + 1)),
                    ticked[i], OptionalDouble.of((double) ticked[i] / respondents),
                    OptionalDouble.of((double) ticked[i] / answers)));
        }
        return new QuestionResults(question(variable, QuestionType.MULTI), ImmutableList.of(
                new QuestionResults.MultiColumn("all", new Base(respondents, 0, 0, respondents), answers,
                        ImmutableList.copyOf(options))));
    }
}
