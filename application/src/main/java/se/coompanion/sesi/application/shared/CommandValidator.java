package se.coompanion.sesi.application.shared;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import se.coompanion.sesi.domain.shared.Message;
import se.coompanion.sesi.domain.shared.VisibleText;

/**
 * Checks the shape of a command record (Jakarta Validation annotations) and turns every violation into a
 * {@link Problem} of one {@link InvalidInputException}. Business rules are the domain's, not this class's. It also
 * refuses, in every text a command carries (its components, and the texts of its lists, maps and optionals), a
 * character that changes the direction of writing or has no width ({@link VisibleText}), as {@link CellText} does for
 * the cells of an imported file: no name or text typed by a person may show differently from what it is.
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
        List<Problem> hidden = new ArrayList<>();
        if (command instanceof Record record) {
            for (RecordComponent component : record.getClass().getRecordComponents()) {
                texts(value(component, record), text -> VisibleText.hidden(text).ifPresent(c -> hidden.add(
                        Problem.ofField(component.getName(), text, Message.of(CellText.class, "cell.hidden",
                                VisibleText.codePoint(c))))));
            }
        }
        if (!hidden.isEmpty()) {
            throw new InvalidInputException(hidden);
        }
        return command;
    }

    private static Object value(RecordComponent component, Record record) {
        try {
            return component.getAccessor().invoke(record);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot read " + component.getName() + " of a command", e);
        }
    }

    /** Every text in a command's value: the value itself, or the texts in an optional, a collection or a map. */
    private static void texts(Object value, Consumer<String> each) {
        if (value instanceof String text) {
            each.accept(text);
        } else if (value instanceof Optional<?> optional) {
            optional.ifPresent(v -> texts(v, each));
        } else if (value instanceof Collection<?> collection) {
            collection.forEach(v -> texts(v, each));
        } else if (value instanceof Map<?, ?> map) {
            map.forEach((k, v) -> {
                texts(k, each);
                texts(v, each);
            });
        }
    }

    private static String shown(Object value) {
        return value == null ? "" : String.valueOf(value);
    }
}
