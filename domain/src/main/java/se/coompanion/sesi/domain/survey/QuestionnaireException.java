package se.coompanion.sesi.domain.survey;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Objects;
import se.coompanion.sesi.domain.shared.DomainException;
import se.coompanion.sesi.domain.shared.Message;

/**
 * The questions do not make a questionnaire: every rule broken across questions (a variable used twice, a show-if
 * condition that refers to an unknown, the same or a later question, or tests a value the question cannot have),
 * each with the position of the question, so that a reader of the dictionary can report its line.
 */
public final class QuestionnaireException extends DomainException {

    private final ImmutableList<Violation> violations;

    public QuestionnaireException(List<Violation> violations) {
        super(Message.of(QuestionnaireException.class, "questionnaire.problems", violations.size(),
                violations.isEmpty() ? "" : violations.get(0).message()));
        if (violations.isEmpty()) {
            throw new IllegalArgumentException("a QuestionnaireException needs a violation");
        }
        this.violations = ImmutableList.copyOf(violations);
    }

    public ImmutableList<Violation> violations() {
        return violations;
    }

    /** Which part of a question is wrong. */
    public enum Field {
        VARIABLE, MIN, MAX, SHOW_IF
    }

    /**
     * @param position the question's index in the list (0 is the first); -1 for the questionnaire as a whole
     * @param field    the part of the question
     * @param value    the offending value as written
     * @param message  what is wrong and what is allowed
     */
    public record Violation(int position, Field field, String value, Message message) {

        public Violation {
            Objects.requireNonNull(field, "field");
            Objects.requireNonNull(value, "value");
            Objects.requireNonNull(message, "message");
        }
    }
}
