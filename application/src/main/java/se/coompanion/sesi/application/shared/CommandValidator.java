package se.coompanion.sesi.application.shared;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import se.coompanion.sesi.domain.shared.Message;

/**
 * Checks the shape of a command record (Jakarta Validation annotations) and turns every violation into a
 * {@link Problem} of one {@link InvalidInputException}. Business rules are the domain's, not this class's.
 */
public final class CommandValidator {

    private final Validator validator;

    public CommandValidator(Validator validator) {
        this.validator = Objects.requireNonNull(validator, "validator");
    }

    /** Throws {@link InvalidInputException} listing every violation; returns the command when it is fine. */
    public <T> T check(T command) {
        if (command == null) {
            throw InvalidInputException.of(Message.of(CommandValidator.class, "command.missing"));
        }
        Set<ConstraintViolation<T>> violations = validator.validate(command);
        if (!violations.isEmpty()) {
            List<Problem> problems = violations.stream()
                    .sorted(Comparator.comparing((ConstraintViolation<T> v) -> v.getPropertyPath().toString())
                            .thenComparing(ConstraintViolation::getMessage))
                    .map(v -> Problem.ofField(v.getPropertyPath().toString(), shown(v.getInvalidValue()),
                            Message.literal(v.getMessage())))
                    .toList();
            throw new InvalidInputException(problems);
        }
        return command;
    }

    private static String shown(Object value) {
        return value == null ? "" : String.valueOf(value);
    }
}
