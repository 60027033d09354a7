package se.coompanion.sesi.domain.survey.entry;

import java.util.Objects;
import se.coompanion.sesi.domain.shared.Message;

/**
 * Something wrong with one answer of a keyed form (or, with an empty variable, with the form as a whole).
 *
 * @param variable the question's variable, or empty for the form
 * @param value    the value as keyed
 * @param message  what is wrong and what is allowed
 */
public record AnswerProblem(String variable, String value, Message message) {

    public AnswerProblem {
        Objects.requireNonNull(variable, "variable");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(message, "message");
    }
}
