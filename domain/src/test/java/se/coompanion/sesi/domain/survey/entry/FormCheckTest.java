package se.coompanion.sesi.domain.survey.entry;

import static org.assertj.core.api.Assertions.assertThat;
import static se.coompanion.sesi.domain.survey.entry.TestForms.QUESTIONNAIRE;
import static se.coompanion.sesi.domain.survey.entry.TestForms.keyed;

import java.util.List;
import org.junit.jupiter.api.Test;

class FormCheckTest {

    private static CheckedForm ok(String... pairs) {
        FormCheck.Outcome outcome = FormCheck.check(QUESTIONNAIRE, keyed(pairs));
        assertThat(outcome.problems()).isEmpty();
        return outcome.form().orElseThrow();
    }

    private static List<String> problems(String... pairs) {
        FormCheck.Outcome outcome = FormCheck.check(QUESTIONNAIRE, keyed(pairs));
        assertThat(outcome.form()).isEmpty();
        return outcome.problems().stream().map(p -> p.variable() + ": " + p.message() + " (" + p.value() + ")")
                .toList();
    }

    @Test
    void a_form_with_every_shown_required_question_answered_is_complete() {
        CheckedForm form = ok("naring", "1", "anstallda", "12", "omrade", "7|1", "annat", " Bygg ", "behov", "4");

        // Shown: naring, anstallda (naring = 1), omrade, annat (omrade(7) ticked), behov, omsattning, ifylld = 7;
        // answered 5; no required question empty.
        assertThat(form.shown()).containsExactly("naring", "anstallda", "omrade", "annat", "behov", "omsattning",
                "ifylld");
        assertThat(form.answered()).isEqualTo(5);
        assertThat(form.completeness()).isEqualTo(Completeness.COMPLETE);
        assertThat(form.answers().values()).containsExactly(java.util.Map.entry("naring", "1"),
                java.util.Map.entry("anstallda", "12"), java.util.Map.entry("omrade", "1|7"),
                java.util.Map.entry("annat", "Bygg"), java.util.Map.entry("behov", "4"));
    }

    @Test
    void a_required_question_left_empty_with_half_the_shown_questions_answered_is_partial() {
        CheckedForm form = ok("naring", "2", "omrade", "", "behov", "3", "omsattning", "1,5");

        // naring = 2 hides anstallda; omrade(7) not ticked hides annat. Shown: naring, omrade, behov, omsattning,
        // ifylld = 5; answered naring, behov, omsattning = 3; 2 x 3 = 6 >= 5 with omrade (required) empty: partial.
        assertThat(form.shown()).hasSize(5);
        assertThat(form.answered()).isEqualTo(3);
        assertThat(form.missingRequired()).containsExactly("omrade");
        assertThat(form.completeness()).isEqualTo(Completeness.PARTIAL);
    }

    @Test
    void fewer_than_half_answered_with_a_required_question_empty_is_a_break_off() {
        CheckedForm form = ok("naring", "1");

        // Shown: naring, anstallda, omrade, behov, omsattning, ifylld = 6; answered 1; 2 x 1 = 2 < 6.
        assertThat(form.shown()).hasSize(6);
        assertThat(form.missingRequired()).containsExactly("anstallda", "omrade", "behov");
        assertThat(form.completeness()).isEqualTo(Completeness.BREAK_OFF);
    }

    @Test
    void an_answer_to_a_question_the_form_skips_is_an_error_that_names_the_condition_and_what_it_tested() {
        assertThat(problems("naring", "2", "anstallda", "5", "omrade", "2", "annat", "Bygg", "behov", "1"))
                .containsExactly(
                        "anstallda: answered, but the form skips this question here: its condition [naring] = '1' does "
                                + "not hold ([naring] = '2'); leave it empty if the respondent answered a question the "
                                + "form told them to skip, or check the answer it depends on (5)",
                        "annat: answered, but the form skips this question here: its condition [omrade(7)] = '1' does "
                                + "not hold ([omrade(7)] = '0'); leave it empty if the respondent answered a question "
                                + "the form told them to skip, or check the answer it depends on (Bygg)");
    }

    @Test
    void every_problem_is_reported_once_and_a_wrong_answer_does_not_also_make_its_dependants_wrong() {
        assertThat(problems("naring", "3", "anstallda", "5", "omrade", "1|9", "annat", "Bygg", "behov", "6",
                "ifylld", "2024-13-01", "okand", "x")).containsExactly(
                        "okand: okand is not a question of the questionnaire version the unit was sent (x)",
                        "naring: '3' is not an answer code of the question: its codes are 1 Ja, 2 Nej (3)",
                        "omrade: '9' is not an answer code of the question: its codes are 1 Arbetsintegrering, "
                                + "2 Omsorg, 7 Annat (1|9)",
                        "behov: '6' is not an answer code of the question: its codes are 1 Inte alls, 2 Lite, "
                                + "3 Delvis, 4 Till stor del, 5 Helt, 9 Vet ej (6)",
                        "ifylld: '2024-13-01' is not a date: write yyyy-mm-dd, for example 2024-03-18 (2024-13-01)");
    }

    @Test
    void a_blank_form_is_not_keyed() {
        assertThat(problems("naring", "", "okand", "")).containsExactly(": the form has no answer at all: record a "
                + "blank returned form as a disposition (REFUSAL) instead of keying it ()");
    }
}
