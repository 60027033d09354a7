package se.coompanion.sesi.domain.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import se.coompanion.sesi.domain.shared.DomainException;

class QuestionTest {

    private static Question of(QuestionType type, String choices, String min, String max) {
        return new Question("q1", "A", "Fråga", type, Choice.parseList(choices), true, Optional.ofNullable(min),
                Optional.ofNullable(max), Optional.empty());
    }

    @Test
    void choices_are_read_as_the_dictionary_writes_them() {
        List<Choice> choices = Choice.parseList("1, Ja | 2, Nej, inte alls | 9, Vet ej");

        assertThat(choices).containsExactly(new Choice("1", "Ja"), new Choice("2", "Nej, inte alls"),
                new Choice("9", "Vet ej"));
        assertThat(Choice.format(choices)).isEqualTo("1, Ja | 2, Nej, inte alls | 9, Vet ej");
        assertThat(Choice.parseList(" ")).isEmpty();
        assertThatThrownBy(() -> Choice.parseList("1 Ja | 2, Nej")).hasMessageContaining("write the code, a comma");
        assertThatThrownBy(() -> Choice.parseList("1, Ja | 1, Nej")).hasMessage("Choice code 1 appears twice");
        assertThatThrownBy(() -> Choice.parseList("01, Ja | 2, Nej")).hasMessageContaining("without leading zeros");
        assertThatThrownBy(() -> Choice.parseList("a, Ja | 2, Nej")).isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> Choice.parseList("1, | 2, Nej")).hasMessageContaining("has no label");
    }

    @Test
    void each_type_has_the_choices_it_needs_and_no_others() {
        assertThatThrownBy(() -> of(QuestionType.SINGLE, "1, Ja", null, null)).hasMessageContaining("at least two");
        assertThatThrownBy(() -> of(QuestionType.MULTI, "", null, null)).hasMessageContaining("at least one");
        assertThatThrownBy(() -> of(QuestionType.TEXT, "1, Ja | 2, Nej", null, null))
                .hasMessage("A TEXT question has no choices: leave choices empty");
        assertThatThrownBy(() -> of(QuestionType.LIKERT_5, "1, Dåligt | 5, Bra", null, null))
                .hasMessageContaining("codes 1 to 5");
        assertThat(of(QuestionType.LIKERT_5, "", null, null).choiceCodes()).containsExactly("1", "2", "3", "4", "5");
        Question withDontKnow = of(QuestionType.LIKERT_5, "1, Inte alls | 2, 2 | 3, 3 | 4, 4 | 5, Helt | 9, Vet ej",
                null, null);
        assertThat(withDontKnow.isScalePoint("5")).isTrue();
        assertThat(withDontKnow.isScalePoint("9")).isFalse();
    }

    @Test
    void a_range_is_for_numbers_and_dates_in_canonical_form_and_in_order() {
        assertThat(of(QuestionType.INTEGER, "", "0", "0500").max()).hasValue("500");
        assertThat(of(QuestionType.DECIMAL, "", "0,50", "10.0").min()).hasValue("0.5");
        assertThat(of(QuestionType.DECIMAL, "", null, "100").max()).hasValue("100");
        assertThat(of(QuestionType.DATE, "", "2024-01-01", null).min()).hasValue("2024-01-01");
        assertThatThrownBy(() -> of(QuestionType.INTEGER, "", "1.5", null)).hasMessageContaining("whole number");
        assertThatThrownBy(() -> of(QuestionType.DATE, "", "2024-13-01", null)).hasMessageContaining("yyyy-mm-dd");
        assertThatThrownBy(() -> of(QuestionType.INTEGER, "", "10", "5")).hasMessage("min 10 is larger than max 5");
        assertThatThrownBy(() -> of(QuestionType.TEXT, "", "1", null)).hasMessageContaining("only INTEGER, DECIMAL");
    }

    @Test
    void a_variable_name_is_lower_case_and_safe_for_every_export() {
        assertThat(Question.checkVariable(" q12_b ")).isEqualTo("q12_b");
        for (String bad : List.of("Q1", "1q", "q-1", "q1___2", "å1", "a".repeat(33))) {
            assertThatThrownBy(() -> Question.checkVariable(bad)).as(bad).isInstanceOf(DomainException.class);
        }
        assertThatThrownBy(() -> Question.checkVariable("response_id")).hasMessageContaining("reserved");
    }
}
