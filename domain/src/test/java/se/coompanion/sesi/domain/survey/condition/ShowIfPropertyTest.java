package se.coompanion.sesi.domain.survey.condition;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import se.coompanion.sesi.domain.shared.DomainException;

class ShowIfPropertyTest {

    @Property(tries = 2000)
    void any_text_is_a_condition_or_a_domain_exception(@ForAll String text) {
        parseOrDomainException(text);
    }

    @Property(tries = 2000)
    void any_text_made_of_the_conditions_own_symbols_is_a_condition_or_a_domain_exception(
            @ForAll("conditionLike") String text) {
        parseOrDomainException(text);
    }

    @Property(tries = 1000)
    void every_condition_reads_back_from_its_canonical_text(@ForAll("conditions") Condition condition) {
        assertThat(ShowIf.parse(condition.toString())).isEqualTo(condition);
    }

    private static void parseOrDomainException(String text) {
        try {
            Condition condition = ShowIf.parse(text);
            assertThat(ShowIf.parse(condition.toString())).isEqualTo(condition);
            condition.test(Answers.none());
        } catch (DomainException expected) {
            assertThat(expected.getMessage()).isNotBlank();
        }
    }

    @Provide
    Arbitrary<String> conditionLike() {
        Arbitrary<String> pieces = Arbitraries.of("[q1]", "[q2(3)]", "[", "]", "(", ")", "=", "<>", "!=", ">", "<",
                ">=", "<=", "!", "'1'", "'", "\"x\"", "\"", "12", "-3.5", "-", "and", "or", "AND", " ", "q3", "x",
                "[Q_1 ( 2 )]", "''", "é", "\u0000", "[a(b)]", "(((", ")))");
        return pieces.list().ofMaxSize(25).map(list -> String.join("", list));
    }

    @Provide
    Arbitrary<Condition> conditions() {
        return Arbitraries.recursive(this::comparison,
                inner -> Arbitraries.oneOf(Combinators.combine(inner, inner).as(Condition.And::new),
                        Combinators.combine(inner, inner).as(Condition.Or::new)), 0, 4);
    }

    private Arbitrary<Condition> comparison() {
        Arbitrary<String> variables = Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(4);
        Arbitrary<Optional<String>> options = Arbitraries.integers().between(0, 99).map(String::valueOf)
                .optional(0.3);
        Arbitrary<String> literals = Arbitraries.oneOf(Arbitraries.strings().alpha().numeric().withChars(" '.-")
                .ofMaxLength(6).map(String::strip), Arbitraries.integers().between(-50, 50).map(String::valueOf));
        return Combinators.combine(variables, options, Arbitraries.of(Operator.class), literals)
                .as((v, o, op, l) -> new Condition.Comparison(new Reference(v, o), op, l));
    }
}
