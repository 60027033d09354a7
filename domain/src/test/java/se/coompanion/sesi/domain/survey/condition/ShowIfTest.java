package se.coompanion.sesi.domain.survey.condition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import se.coompanion.sesi.domain.shared.DomainException;
import se.coompanion.sesi.domain.survey.condition.Condition.And;
import se.coompanion.sesi.domain.survey.condition.Condition.Comparison;
import se.coompanion.sesi.domain.survey.condition.Condition.Or;

class ShowIfTest {

    private static Comparison eq(String variable, String literal) {
        return new Comparison(new Reference(variable, Optional.empty()), Operator.EQUAL, literal);
    }

    @Test
    void reads_a_comparison_of_an_answer_and_of_a_multi_option() {
        assertThat(ShowIf.parse("[q3] = '1'")).isEqualTo(eq("q3", "1"));
        assertThat(ShowIf.parse("[q5(2)]='1'")).isEqualTo(
                new Comparison(new Reference("q5", Optional.of("2")), Operator.EQUAL, "1"));
        assertThat(ShowIf.parse("[age] >= 18")).isEqualTo(
                new Comparison(new Reference("age", Optional.empty()), Operator.GREATER_OR_EQUAL, "18"));
        assertThat(ShowIf.parse("[q1] != \"it's\"")).isEqualTo(
                new Comparison(new Reference("q1", Optional.empty()), Operator.NOT_EQUAL, "it's"));
    }

    @Test
    void and_binds_tighter_than_or_and_parentheses_group() {
        Comparison a = eq("a", "1");
        Comparison b = eq("b", "1");
        Comparison c = eq("c", "1");

        assertThat(ShowIf.parse("[a] = '1' or [b] = '1' and [c] = '1'")).isEqualTo(new Or(a, new And(b, c)));
        assertThat(ShowIf.parse("[a] = '1' AND [b] = '1' Or [c] = '1'")).isEqualTo(new Or(new And(a, b), c));
        assertThat(ShowIf.parse("([a] = '1' or [b] = '1') and [c] = '1'")).isEqualTo(new And(new Or(a, b), c));
        assertThat(ShowIf.parse("[a] = '1' or [b] = '1' or [c] = '1'")).isEqualTo(new Or(new Or(a, b), c));
    }

    @Test
    void writes_itself_back_in_a_canonical_form_that_reads_as_the_same_tree() {
        for (String text : List.of("[a] = '1' or [b] = '1' and [c] = '1'", "([a] = '1' or [b] = '1') and [c] = '1'",
                "[a] = '1' or ([b] = '1' or [c] = '1')", "[a] = '1' and ([b] = '1' and [c] = '1')",
                "[q5(2)] <> '0'", "[t] = \"it's\"")) {
            Condition parsed = ShowIf.parse(text);
            assertThat(parsed).hasToString(text);
            assertThat(ShowIf.parse(parsed.toString())).isEqualTo(parsed);
        }
        assertThat(ShowIf.parse("[a]='1'  OR[b]>=2")).hasToString("[a] = '1' or [b] >= '2'");
    }

    @Test
    void says_what_was_expected_and_where() {
        assertThatThrownBy(() -> ShowIf.parse("[q3] = '1' and"))
                .isInstanceOf(DomainException.class)
                .hasMessage("Show-if [q3] = '1' and: the end at character 15; expected a comparison such as "
                        + "[q3] = '1', or (");
        assertThatThrownBy(() -> ShowIf.parse("[q3] '1'")).hasMessageContaining("'1' at character 6; expected an operator");
        assertThatThrownBy(() -> ShowIf.parse("[q3] = ")).hasMessageContaining("expected a value in quotes");
        assertThatThrownBy(() -> ShowIf.parse("([q3] = '1'")).hasMessageContaining("expected )");
        assertThatThrownBy(() -> ShowIf.parse("[q3] = '1')")).hasMessageContaining(") at character 11; expected and, or");
        assertThatThrownBy(() -> ShowIf.parse("[q3 = '1'")).hasMessage("Show-if [q3 = '1': the [ at character 1 is not "
                + "closed with ]");
        assertThatThrownBy(() -> ShowIf.parse("[q 3] = '1'")).hasMessageContaining("[q 3] at character 1 is not a "
                + "reference; write [variable] or [variable(code)]");
        assertThatThrownBy(() -> ShowIf.parse("[q3] = '1")).hasMessageContaining("quote at character 8 is not closed");
        assertThatThrownBy(() -> ShowIf.parse("q3 = '1'")).hasMessageContaining("write a variable in brackets, such as [q3]");
        assertThatThrownBy(() -> ShowIf.parse("[q3] = '1' && [q4] = '2'")).hasMessageContaining("& at character 12");
        assertThatThrownBy(() -> ShowIf.parse(" ")).hasMessage("The show-if condition is empty");
        assertThatThrownBy(() -> ShowIf.parse("(".repeat(30) + "[a] = '1'" + ")".repeat(30)))
                .hasMessageContaining("parentheses nested deeper than 20");
    }

    @Test
    void evaluates_as_redcap_does() {
        Answers answers = Answers.of(Map.of("q1", "1", "q2", "2|3", "n", "2.50", "d", "2024-03-01", "t", "Ja"));

        assertThat(ShowIf.parse("[q1] = '1'").test(answers)).isTrue();
        assertThat(ShowIf.parse("[q1] <> '1'").test(answers)).isFalse();
        assertThat(ShowIf.parse("[q2(3)] = '1'").test(answers)).isTrue();
        assertThat(ShowIf.parse("[q2(1)] = '0'").test(answers)).isTrue();
        assertThat(ShowIf.parse("[n] = 2.5").test(answers)).as("numbers compare as numbers").isTrue();
        assertThat(ShowIf.parse("[n] > 10").test(answers)).isFalse();
        assertThat(ShowIf.parse("[n] < '10'").test(answers)).as("not as text, where '2.50' > '10'").isTrue();
        assertThat(ShowIf.parse("[d] < '2024-12-01'").test(answers)).isTrue();
        assertThat(ShowIf.parse("[t] = 'ja'").test(answers)).as("text is compared exactly").isFalse();
        assertThat(ShowIf.parse("[t] > 'A'").test(answers)).as("no order between texts").isFalse();
        assertThat(ShowIf.parse("[q1] = '2' or [q2(2)] = '1' and [n] >= 2.5").test(answers)).isTrue();
    }

    @Test
    void an_unanswered_question_is_empty_text() {
        Answers none = Answers.none();

        assertThat(ShowIf.parse("[q1] = ''").test(none)).isTrue();
        assertThat(ShowIf.parse("[q1] <> '1'").test(none)).isTrue();
        assertThat(ShowIf.parse("[q1] = '1'").test(none)).isFalse();
        assertThat(ShowIf.parse("[n] > 0").test(none)).isFalse();
        assertThat(ShowIf.parse("[n] < 0").test(none)).isFalse();
        assertThat(ShowIf.parse("[q2(1)] = '0'").test(none)).isTrue();
        assertThat(ShowIf.parse("[q1] <> ''").test(Answers.of(Map.of("q1", " ")))).isFalse();
    }

    @Test
    void lists_its_comparisons_left_to_right() {
        assertThat(ShowIf.parse("[a] = '1' or ([b(2)] = '1' and [c] > 3)").comparisons())
                .extracting(c -> c.reference().toString()).containsExactly("[a]", "[b(2)]", "[c]");
    }
}
