package se.coompanion.sesi.domain.survey.condition;

import java.util.Objects;
import java.util.Optional;

/**
 * What a condition tests: a variable's answer ({@code [q3]}) or one option of a MULTI question ({@code [q5(2)]},
 * whose value is {@code '1'} when ticked and {@code '0'} when not).
 *
 * @param variable the variable's name
 * @param option   the option's code, for a MULTI question
 */
public record Reference(String variable, Optional<String> option) {

    public Reference {
        Objects.requireNonNull(variable, "variable");
        Objects.requireNonNull(option, "option");
    }

    /** The value tested: the answer, or for an option '1' (ticked) or '0'. */
    String valueIn(Answers answers) {
        return option.map(code -> answers.ticked(variable, code) ? "1" : "0").orElseGet(() -> answers.value(variable));
    }

    @Override
    public String toString() {
        return "[" + variable + option.map(o -> "(" + o + ")").orElse("") + "]";
    }
}
