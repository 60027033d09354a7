package se.coompanion.sesi.adapters.cli.survey.entry;

import java.time.LocalDate;
import java.util.Optional;
import java.util.OptionalInt;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;
import se.coompanion.sesi.domain.shared.DomainException;
import se.coompanion.sesi.domain.survey.entry.EntryPass;

/**
 * The options of keying returned forms: {@code [--pass 1|2] [--questionnaire-version N] [--replace] [--date D]
 * [--user NAME]}.
 */
public final class KeyingOptions {

    @Option(names = "--pass", paramLabel = "1|2", defaultValue = "1", converter = PassConverter.class,
            descriptionKey = "entry.pass")
    private EntryPass pass = EntryPass.FIRST;

    @Option(names = "--questionnaire-version", paramLabel = "N", descriptionKey = "entry.version")
    private Integer version;

    @Option(names = "--replace", descriptionKey = "entry.replace")
    private boolean replace;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD", descriptionKey = "entry.date")
    private LocalDate date;

    @Mixin
    private UserOption user;

    public EntryPass pass() {
        return pass;
    }

    public OptionalInt version() {
        return version == null ? OptionalInt.empty() : OptionalInt.of(version);
    }

    public boolean replace() {
        return replace;
    }

    public Optional<LocalDate> date() {
        return Optional.ofNullable(date);
    }

    public UserOption user() {
        return user;
    }

    /** Reads 1 or 2. */
    static final class PassConverter implements ITypeConverter<EntryPass> {
        @Override
        public EntryPass convert(String value) {
            try {
                return EntryPass.parse(value);
            } catch (DomainException e) {
                throw new TypeConversionException(e.getLocalizedMessage());
            }
        }
    }
}
