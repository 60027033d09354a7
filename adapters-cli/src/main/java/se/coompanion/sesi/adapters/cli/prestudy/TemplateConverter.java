package se.coompanion.sesi.adapters.cli.prestudy;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;
import se.coompanion.sesi.domain.prestudy.PreStudyTemplate;
import se.coompanion.sesi.domain.shared.DomainException;

/** Reads {@code sesi} or {@code blank}. */
final class TemplateConverter implements ITypeConverter<PreStudyTemplate> {

    @Override
    public PreStudyTemplate convert(String value) {
        try {
            return PreStudyTemplate.parse(value);
        } catch (DomainException e) {
            throw new TypeConversionException(e.getLocalizedMessage());
        }
    }
}
