package se.coompanion.sesi.adapters.cli;

import java.util.Objects;
import java.util.function.Function;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;
import se.coompanion.sesi.domain.shared.DomainException;

/**
 * Reads an option's value with the model's parser (a role, a theme, a kind): a value the model refuses is a usage
 * error with the model's message, in the user's language. A subclass only names the parser.
 *
 * @param <T> what the value becomes
 */
public abstract class CodeConverter<T> implements ITypeConverter<T> {

    private final Function<String, T> parser;

    protected CodeConverter(Function<String, T> parser) {
        this.parser = Objects.requireNonNull(parser);
    }

    @Override
    public T convert(String value) {
        try {
            return parser.apply(value);
        } catch (DomainException e) {
            throw new TypeConversionException(e.getLocalizedMessage());
        }
    }
}
