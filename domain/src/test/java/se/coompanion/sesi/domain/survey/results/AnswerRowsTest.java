package se.coompanion.sesi.domain.survey.results;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import se.coompanion.sesi.domain.survey.Choice;
import se.coompanion.sesi.domain.survey.Question;
import se.coompanion.sesi.domain.survey.QuestionType;
import se.coompanion.sesi.domain.survey.Questionnaire;
import se.coompanion.sesi.domain.survey.condition.ShowIf;
import se.coompanion.sesi.domain.survey.entry.FormAnswers;

class AnswerRowsTest {

    static Question question(String variable, QuestionType type, String choices, String showIf) {
        return new Question(variable, "", "Fråga " + variable, type, Choice.parseList(choices), false,
                Optional.empty(), Optional.empty(), ShowIf.parseOptional(showIf));
    }

    static final Questionnaire QUESTIONNAIRE = Questionnaire.of(List.of(
            question("naring", QuestionType.SINGLE, "1, Ja | 2, Nej", ""),
            question("anstallda", QuestionType.INTEGER, "", "[naring] = '1'"),
            question("omrade", QuestionType.MULTI, "1, Arbete | 2, Omsorg | 7, Annat", ""),
            question("annat", QuestionType.TEXT, "", "[omrade(7)] = '1'"),
            question("omsattning", QuestionType.DECIMAL, "", ""),
            question("ifylld", QuestionType.DATE, "", "")));

    private static FormAnswers answers(String... pairs) {
        Map<String, String> values = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            values.put(pairs[i], pairs[i + 1]);
        }
        return FormAnswers.of(values);
    }

    @Test
    void a_shown_question_has_rows_a_hidden_one_none_and_a_multi_answer_a_row_per_tick() {
        FormAnswers form = answers("naring", "2", "omrade", "1|2", "omsattning", "2.5");

        // anstallda hidden (naring = 2), annat hidden (7 not ticked); ifylld shown and empty.
        assertThat(AnswerRows.of(QUESTIONNAIRE, form)).containsExactly(
                AnswerRow.code("naring", 0, "2"),
                AnswerRow.code("omrade", 0, "1"), AnswerRow.code("omrade", 1, "2"),
                AnswerRow.number("omsattning", new BigDecimal("2.5")),
                AnswerRow.noAnswer("ifylld"));
    }

    @Test
    void the_rows_give_back_the_same_answers() {
        FormAnswers form = answers("naring", "1", "anstallda", "120", "omrade", "1|7", "annat", "Bygg, hantverk",
                "omsattning", "0.75", "ifylld", "2024-03-20");

        List<AnswerRow> rows = AnswerRows.of(QUESTIONNAIRE, form);
        List<AnswerRow> asStored = rows.stream().map(r -> r.number().isEmpty() ? r
                : AnswerRow.number(r.variable(), r.number().get().setScale(10))).toList();

        assertThat(AnswerRows.answers(rows)).isEqualTo(form);
        assertThat(AnswerRows.answers(asStored)).as("numbers as a database returns them").isEqualTo(form);
    }
}
