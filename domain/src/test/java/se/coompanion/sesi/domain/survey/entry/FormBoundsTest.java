package se.coompanion.sesi.domain.survey.entry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.coompanion.sesi.domain.survey.entry.TestForms.keyed;
import static se.coompanion.sesi.domain.survey.entry.TestForms.question;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import se.coompanion.sesi.domain.survey.Question;
import se.coompanion.sesi.domain.survey.QuestionType;
import se.coompanion.sesi.domain.survey.Questionnaire;
import se.coompanion.sesi.domain.survey.QuestionnaireException;

/**
 * A min or max that is another answer ({@code [ledamoter]}) or a day of the form ({@code sent}, {@code received}):
 * checked when both sides are known, named in the problem, and only ever an earlier question of the same kind.
 */
class FormBoundsTest {

    private static final Questionnaire BOARD = Questionnaire.of(List.of(
            question("ledamoter", QuestionType.INTEGER, "", false, "1", "50", ""),
            question("kvinnor", QuestionType.INTEGER, "", false, "0", "[ledamoter]", ""),
            question("ifylld", QuestionType.DATE, "", false, "sent", "received", "")));

    private static final FormDates MAILED = FormDates.of(LocalDate.of(2024, 3, 11), LocalDate.of(2024, 3, 25));

    @Test
    void an_answer_above_the_answer_it_is_bounded_by_is_a_problem_of_its_own_variable() {
        FormCheck.Outcome outcome = FormCheck.check(BOARD, keyed("ledamoter", "3", "kvinnor", "5"), MAILED);

        assertThat(outcome.problems()).extracting(AnswerProblem::variable).containsExactly("kvinnor");
        assertThat(outcome.problems().get(0).message().format(Locale.ENGLISH))
                .isEqualTo("5 is more than the answer to ledamoter (3), which is its largest value: check both answers");
        assertThat(FormCheck.check(BOARD, keyed("ledamoter", "5", "kvinnor", "5"), MAILED).ok()).isTrue();
    }

    @Test
    void a_bound_whose_other_side_is_unknown_bounds_nothing() {
        assertThat(FormCheck.check(BOARD, keyed("kvinnor", "5"), MAILED).ok()).as("ledamoter not answered").isTrue();
        assertThat(FormCheck.check(BOARD, keyed("ledamoter", "x", "kvinnor", "5"), MAILED).problems())
                .as("ledamoter itself wrong: one problem, its own").extracting(AnswerProblem::variable)
                .containsExactly("ledamoter");
        assertThat(FormCheck.check(BOARD, keyed("ifylld", "2024-01-01")).ok()).as("no days known").isTrue();
    }

    @Test
    void a_date_before_the_mailing_or_after_the_return_is_a_problem() {
        assertThat(FormCheck.check(BOARD, keyed("ifylld", "2024-03-10"), MAILED).problems()).singleElement()
                .satisfies(p -> assertThat(p.message().format(Locale.ENGLISH))
                        .isEqualTo("2024-03-10 is before the questionnaire was sent to the unit (2024-03-11): check "
                                + "the date"));
        assertThat(FormCheck.check(BOARD, keyed("ifylld", "2024-03-26"), MAILED).problems()).singleElement()
                .satisfies(p -> assertThat(p.message().format(Locale.ENGLISH)).startsWith(
                        "2024-03-26 is after the form came back (2024-03-25)"));
        assertThat(FormCheck.check(BOARD, keyed("ifylld", "2024-03-11"), MAILED).ok()).isTrue();
        assertThat(FormCheck.check(BOARD, keyed("ifylld", "2024-03-25"), MAILED).ok()).isTrue();
    }

    @Test
    void a_bound_names_an_earlier_question_of_the_same_kind() {
        Question later = question("kvinnor", QuestionType.INTEGER, "", false, "0", "[ledamoter]", "");
        Question members = question("ledamoter", QuestionType.INTEGER, "", false, "1", "50", "");
        Question text = question("namn", QuestionType.TEXT, "", false, "", "", "");
        Question date = question("datum", QuestionType.DATE, "", false, "[namn]", "", "");

        assertThatThrownBy(() -> Questionnaire.of(List.of(later, members)))
                .isInstanceOfSatisfying(QuestionnaireException.class, e -> assertThat(e.violations())
                        .extracting(QuestionnaireException.Violation::field)
                        .containsExactly(QuestionnaireException.Field.MAX));
        assertThatThrownBy(() -> Questionnaire.of(List.of(text, date)))
                .isInstanceOfSatisfying(QuestionnaireException.class, e -> assertThat(e.violations())
                        .extracting(QuestionnaireException.Violation::field)
                        .containsExactly(QuestionnaireException.Field.MIN));
        assertThat(Question.checkBound(QuestionType.DATE, " SENT ")).isEqualTo(Question.SENT);
        assertThat(Question.checkBound(QuestionType.INTEGER, "[ Ledamoter ]")).isEqualTo("[ledamoter]");
    }
}
