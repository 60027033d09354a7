package se.coompanion.sesi.adapters.cli.prestudy;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;
import se.coompanion.sesi.domain.prestudy.ActivityKey;
import se.coompanion.sesi.domain.shared.DomainException;

/** Reads an activity key such as NEEDS_ANALYSIS or needs-analysis. */
final class ActivityKeyConverter implements ITypeConverter<ActivityKey> {

    @Override
    public ActivityKey convert(String value) {
        try {
            return ActivityKey.parse(value);
        } catch (DomainException e) {
            throw new TypeConversionException(e.getLocalizedMessage());
        }
    }
}
