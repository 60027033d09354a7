package se.coompanion.sesi.domain.survey.entry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.coompanion.sesi.domain.survey.entry.TestForms.question;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import se.coompanion.sesi.domain.shared.DomainException;

class AnswerFormatTest {

    private static String canonical(String variable, String raw) {
        return AnswerFormat.canonical(question(variable), raw);
    }

    private static String problem(String variable, String raw) {
        try {
            AnswerFormat.canonical(question(variable), raw);
        } catch (DomainException e) {
            return e.getMessage();
        }
        throw new AssertionError(raw + " was accepted for " + variable);
    }

    @Test
    void a_blank_value_is_not_answered_whatever_the_type() {
        for (String variable : new String[] {"naring", "anstallda", "omrade", "annat", "behov", "omsattning",
                "ifylld"}) {
            assertThat(canonical(variable, "  ")).isEmpty();
            assertThat(canonical(variable, null)).isEmpty();
        }
    }

    @Test
    void a_single_or_likert_answer_is_one_of_the_question_s_codes() {
        assertThat(canonical("naring", " 2 ")).isEqualTo("2");
        assertThat(canonical("naring", "02")).isEqualTo("2");
        assertThat(canonical("behov", "9")).isEqualTo("9");
        assertThat(problem("naring", "3")).isEqualTo("'3' is not an answer code of the question: its codes are "
                + "1 Ja, 2 Nej");
        assertThat(problem("naring", "Ja")).startsWith("'Ja' is not an answer code");
        assertThat(problem("behov", "6")).contains("9 Vet ej");
    }

    @Test
    void a_multi_answer_is_stored_in_the_order_of_the_choices_and_a_code_twice_or_an_empty_part_is_refused() {
        assertThat(canonical("omrade", "7|1")).isEqualTo("1|7");
        assertThat(canonical("omrade", " 2 | 1 ")).isEqualTo("1|2");
        assertThat(problem("omrade", "1|1")).isEqualTo("code 1 is written twice");
        assertThat(problem("omrade", "1||2")).isEqualTo("'1||2': write the ticked codes joined with |, for example 1|3");
        assertThat(problem("omrade", "1,2")).startsWith("'1,2': write the ticked codes joined with |");
        assertThat(problem("omrade", "1|5")).startsWith("'5' is not an answer code");
    }

    @Test
    void numbers_accept_grouped_digits_and_a_decimal_comma_and_are_checked_against_the_range() {
        assertThat(canonical("anstallda", "012")).isEqualTo("12");
        assertThat(canonical("anstallda", "0")).isEqualTo("0");
        assertThat(canonical("omsattning", "2,50")).isEqualTo("2.5");
        assertThat(canonical("omsattning", "1 000")).isEqualTo("1000");
        assertThat(canonical("omsattning", "0.0")).isEqualTo("0");
        assertThat(problem("anstallda", "12.5")).isEqualTo("'12.5' is not a whole number");
        assertThat(problem("anstallda", "501")).isEqualTo("501 is outside the question's range 0 to 500");
        assertThat(problem("anstallda", "-1")).isEqualTo("-1 is outside the question's range 0 to 500");
        assertThat(problem("omsattning", "2,5 mkr")).startsWith("'2,5 mkr' is not a number");
        assertThat(problem("omsattning", "1000,01")).contains("outside the question's range 0 to 1000");
    }

    @Test
    void a_date_is_iso_a_day_that_exists_and_in_range() {
        assertThat(canonical("ifylld", "2024-03-18")).isEqualTo("2024-03-18");
        assertThat(problem("ifylld", "2024-02-30")).startsWith("'2024-02-30' is not a date");
        assertThat(problem("ifylld", "18/3 2024")).startsWith("'18/3 2024' is not a date");
        assertThat(problem("ifylld", "2023-12-31")).isEqualTo("2023-12-31 is outside the question's range "
                + "2024-01-01 to 2024-12-31");
    }

    @Test
    void text_has_its_white_space_collapsed_so_that_two_keyings_of_the_same_handwriting_agree() {
        assertThat(canonical("annat", "  Byggnadsvård \n och  hantverk ")).isEqualTo("Byggnadsvård och hantverk");
        assertThat(problem("annat", "x".repeat(2001))).isEqualTo("the text has 2001 characters, at most 2000 are "
                + "kept");
    }

    @Test
    void a_stored_number_is_written_without_trailing_zeros_or_exponent() {
        assertThat(AnswerFormat.number(new BigDecimal("120.0000000000"))).isEqualTo("120");
        assertThat(AnswerFormat.number(new BigDecimal("0E-10"))).isEqualTo("0");
        assertThat(AnswerFormat.number(new BigDecimal("2.5000"))).isEqualTo("2.5");
    }

    @Test
    void every_problem_is_a_domain_exception() {
        assertThatThrownBy(() -> canonical("naring", "x")).isInstanceOf(DomainException.class);
    }
}
