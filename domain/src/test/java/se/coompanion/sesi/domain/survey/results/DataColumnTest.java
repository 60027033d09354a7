package se.coompanion.sesi.domain.survey.results;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.coompanion.sesi.domain.survey.results.AnswerRowsTest.QUESTIONNAIRE;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import se.coompanion.sesi.domain.survey.entry.FormAnswers;

class DataColumnTest {

    private static final List<DataColumn> COLUMNS = DataColumn.of(QUESTIONNAIRE.questions());

    @Test
    void a_multi_question_has_a_0_1_column_per_option_named_variable_three_underscores_code() {
        assertThat(COLUMNS).extracting(DataColumn::name).containsExactly("naring", "anstallda", "omrade___1",
                "omrade___2", "omrade___7", "annat", "omsattning", "ifylld");
    }

    @Test
    void option_cells_are_0_or_1_for_an_answered_question_and_empty_when_it_was_not_answered() {
        FormAnswers ticked = FormAnswers.of(Map.of("omrade", "1|7"));
        FormAnswers skipped = FormAnswers.of(Map.of("naring", "2"));

        assertThat(COLUMNS.stream().map(c -> c.cell(ticked)).toList())
                .containsExactly("", "", "1", "0", "1", "", "", "");
        assertThat(COLUMNS.stream().map(c -> c.cell(skipped)).toList())
                .containsExactly("2", "", "", "", "", "", "", "");
    }

    @Test
    void a_cell_that_is_neither_0_nor_1_in_an_option_column_is_refused() {
        assertThatThrownBy(() -> DataColumn.answers(COLUMNS, Map.of("omrade___1", "2")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Property(tries = 300)
    void the_cells_give_back_the_answers(@ForAll("forms") FormAnswers form) {
        Map<String, String> cells = new LinkedHashMap<>();
        COLUMNS.forEach(c -> cells.put(c.name(), c.cell(form)));

        assertThat(DataColumn.answers(COLUMNS, cells)).isEqualTo(form);
    }

    @Provide
    Arbitrary<FormAnswers> forms() {
        Arbitrary<String> naring = Arbitraries.of("", "1", "2");
        Arbitrary<String> anstallda = Arbitraries.integers().between(-1, 400).map(i -> i < 0 ? "" : i.toString());
        Arbitrary<String> omrade = Arbitraries.of("", "1", "2", "7", "1|2", "1|7", "2|7", "1|2|7");
        Arbitrary<String> annat = Arbitraries.strings().withChars("abc åäö,;|\"'").ofMaxLength(12)
                .map(s -> s.strip().replaceAll("\\s+", " "));
        Arbitrary<String> ifylld = Arbitraries.of("", "2024-03-20", "2024-12-31");
        return Combinators.combine(naring, anstallda, omrade, annat, ifylld).as((n, a, o, t, d) -> {
            Map<String, String> values = new LinkedHashMap<>();
            values.put("naring", n);
            values.put("anstallda", a);
            values.put("omrade", o);
            values.put("annat", t);
            values.put("ifylld", d);
            return FormAnswers.of(values);
        });
    }
}
