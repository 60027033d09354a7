package se.coompanion.sesi.domain.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import se.coompanion.sesi.domain.shared.DomainException;
import se.coompanion.sesi.domain.survey.QuestionnaireException.Field;
import se.coompanion.sesi.domain.survey.QuestionnaireException.Violation;
import se.coompanion.sesi.domain.survey.condition.Answers;
import se.coompanion.sesi.domain.survey.condition.ShowIf;

class QuestionnaireTest {

    private static Question question(String variable, QuestionType type, String choices, String showIf) {
        return new Question(variable, "", "Fråga " + variable, type, Choice.parseList(choices), false,
                Optional.empty(), Optional.empty(), ShowIf.parseOptional(showIf));
    }

    private static final Question Q1 = question("q1", QuestionType.SINGLE, "1, Ja | 2, Nej | 9, Vet ej", "");
    private static final Question Q2 = question("q2", QuestionType.MULTI, "1, Ekonomi | 2, Juridik | 3, Marknad", "");
    private static final Question Q3 = question("q3", QuestionType.INTEGER, "", "");
    private static final Question Q4 = question("q4", QuestionType.LIKERT_5, "", "");
    private static final Question Q5 = question("q5", QuestionType.DATE, "", "");

    private static List<Violation> violations(Question last) {
        List<Question> questions = new ArrayList<>(List.of(Q1, Q2, Q3, Q4, Q5));
        questions.add(last);
        try {
            Questionnaire.of(questions);
            return List.of();
        } catch (QuestionnaireException e) {
            return e.violations();
        }
    }

    private static String problem(String showIf) {
        List<Violation> found = violations(question("q6", QuestionType.TEXT, "", showIf));
        assertThat(found).as(showIf).hasSize(1);
        assertThat(found.get(0).position()).isEqualTo(5);
        assertThat(found.get(0).field()).isEqualTo(Field.SHOW_IF);
        return found.get(0).message().toString();
    }

    @Test
    void conditions_on_earlier_questions_of_every_type_are_accepted() {
        for (String ok : List.of("[q1] = '1'", "[q1] <> '9'", "[q1] = ''", "[q2(2)] = '1'", "[q2(3)] = '0'",
                "[q3] > 10", "[q3] <= '-2'", "[q4] >= '4'", "[q5] < '2024-06-01'",
                "[q1] = '1' and ([q2(1)] = '1' or [q3] > 5)")) {
            assertThat(violations(question("q6", QuestionType.TEXT, "", ok))).as(ok).isEmpty();
        }
    }

    @Test
    void a_condition_on_an_unknown_the_same_or_a_later_question_is_reported_at_its_question() {
        assertThat(problem("[q9] = '1'")).isEqualTo("[q9] is not a variable of the questionnaire");
        assertThat(problem("[q6] = 'x'")).isEqualTo("[q6] is the question itself: a condition may only refer to "
                + "earlier questions");
        assertThat(checkLater()).singleElement().satisfies(v -> {
            assertThat(v.position()).isZero();
            assertThat(v.value()).isEqualTo("[q2(1)] = '1'");
            assertThat(v.message().toString()).isEqualTo("[q2] is question 3, which comes after this one "
                    + "(question 1): a condition may only refer to earlier questions");
        });
    }

    private static List<Violation> checkLater() {
        Question early = question("q0", QuestionType.TEXT, "", "[q2(1)] = '1'");
        try {
            Questionnaire.of(List.of(early, Q1, Q2));
            return List.of();
        } catch (QuestionnaireException e) {
            return e.violations();
        }
    }

    @Test
    void a_condition_must_test_a_value_the_question_can_have() {
        assertThat(problem("[q1] = '4'")).isEqualTo("[q1] has no answer code '4' (its codes: 1, 2, 9)");
        assertThat(problem("[q1(1)] = '1'")).contains("q1 is a SINGLE question; only a MULTI question has options");
        assertThat(problem("[q2] = '1'")).isEqualTo("[q2] is a MULTI question: test one option at a time, for example "
                + "[q2(1)] = '1'");
        assertThat(problem("[q2(7)] = '1'")).isEqualTo("[q2(7)]: q2 has no option 7 (its options: 1, 2, 3)");
        assertThat(problem("[q2(1)] = 'ja'")).contains("is '1' when ticked and '0' when not");
        assertThat(problem("[q1] > '1'")).contains("q1 is a SINGLE question: use = or <>");
        assertThat(problem("[q3] = 'tio'")).isEqualTo("[q3] is a whole number, 'tio' is not");
        assertThat(problem("[q3] > ''")).contains("cannot compare with ''");
        assertThat(problem("[q5] = '2024-02-30'")).contains("is a date (yyyy-mm-dd)");
    }

    @Test
    void every_broken_rule_is_reported_at_once() {
        Question a = question("a", QuestionType.TEXT, "", "[b] = '1'");
        Question b = question("b", QuestionType.SINGLE, "1, Ja | 2, Nej", "[zz] = '1' or [b] = '1'");
        Question again = question("a", QuestionType.TEXT, "", "");

        assertThatThrownBy(() -> Questionnaire.of(List.of(a, b, again)))
                .isInstanceOfSatisfying(QuestionnaireException.class, e -> assertThat(e.violations())
                        .extracting(Violation::position, Violation::field)
                        .containsExactly(
                                org.assertj.core.groups.Tuple.tuple(2, Field.VARIABLE),
                                org.assertj.core.groups.Tuple.tuple(0, Field.SHOW_IF),
                                org.assertj.core.groups.Tuple.tuple(1, Field.SHOW_IF),
                                org.assertj.core.groups.Tuple.tuple(1, Field.SHOW_IF)))
                .isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> Questionnaire.of(List.of())).hasMessageContaining("has no questions");
    }

    @Test
    void the_questions_shown_depend_on_the_answers() {
        Question followUp = question("q6", QuestionType.TEXT, "", "[q1] = '1' and [q2(2)] = '1'");
        Questionnaire questionnaire = Questionnaire.of(List.of(Q1, Q2, Q3, Q4, Q5, followUp));

        assertThat(questionnaire.isShown(followUp, Answers.of(Map.of("q1", "1", "q2", "1|2")))).isTrue();
        assertThat(questionnaire.isShown(followUp, Answers.of(Map.of("q1", "1", "q2", "1|3")))).isFalse();
        assertThat(questionnaire.shownFor(Answers.none())).hasSize(5).doesNotContain(followUp);
        assertThat(questionnaire.conditionalQuestions()).isEqualTo(1);
    }

    @Test
    void two_questionnaires_with_the_same_questions_are_equal() {
        Questionnaire one = Questionnaire.of(List.of(Q1, question("q2", QuestionType.TEXT, "", "[q1]='1' OR [q1]=\"2\"")));
        Questionnaire two = Questionnaire.of(List.of(Q1, question("q2", QuestionType.TEXT, "", "[q1] = '1' or [q1] = '2'")));

        assertThat(one).isEqualTo(two);
        assertThat(one.questions()).isInstanceOf(ImmutableList.class);
    }
}
