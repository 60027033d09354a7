package se.coompanion.sesi.application.shared;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import se.coompanion.sesi.domain.shared.DomainException;
import se.coompanion.sesi.domain.shared.Message;

/**
 * Reads the text fields of a command into values of the model and gathers every problem, so that a person learns
 * of all of them at once (like {@link RowReading} does for a row of a file). The parse methods turn a
 * {@link DomainException} into a problem of the field and return null or empty; {@link #check()} throws one
 * {@link InvalidInputException} listing them all.
 */
public final class CommandReading {

    private final List<Problem> problems = new ArrayList<>();

    /** The parsed value; a blank value is a problem ("a value is required"), as is one that does not parse. */
    public <T> T required(String field, String value, Function<String, T> parser) {
        if (value == null || value.isBlank()) {
            problem(field, "", Message.of(RowReading.class, "value.required"));
            return null;
        }
        return parse(field, value, parser);
    }

    /** The parsed value, empty when blank; a value that does not parse is a problem. */
    public <T> Optional<T> optional(String field, String value, Function<String, T> parser) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        return Optional.ofNullable(parse(field, value, parser));
    }

    /** Each value parsed; those that do not parse are problems and left out. */
    public <T> List<T> each(String field, List<String> values, Function<String, T> parser) {
        List<T> parsed = new ArrayList<>();
        for (String value : values == null ? List.<String>of() : values) {
            if (value != null && !value.isBlank()) {
                T item = parse(field, value, parser);
                if (item != null) {
                    parsed.add(item);
                }
            }
        }
        return parsed;
    }

    /** What the maker builds; a broken rule of the model is a problem of the field. */
    public <T> T build(String field, String value, Supplier<T> maker) {
        try {
            return maker.get();
        } catch (DomainException e) {
            problem(field, value, e.text());
            return null;
        }
    }

    public void problem(String field, String value, Message message) {
        problems.add(Problem.ofField(field, value == null ? "" : value.strip(), message));
    }

    public boolean ok() {
        return problems.isEmpty();
    }

    /** Throws an {@link InvalidInputException} listing every problem, if there is one. */
    public void check() {
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }

    private <T> T parse(String field, String value, Function<String, T> parser) {
        try {
            return parser.apply(value.strip());
        } catch (DomainException e) {
            problem(field, value, e.text());
            return null;
        }
    }
}
