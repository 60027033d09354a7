package se.coompanion.sesi.adapters.cli.survey;

import java.util.Locale;
import java.util.function.Function;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;
import se.coompanion.sesi.application.survey.port.in.ComputeResponseRates.Grouping;
import se.coompanion.sesi.domain.shared.DomainException;
import se.coompanion.sesi.domain.shared.Message;
import se.coompanion.sesi.domain.survey.Disposition;
import se.coompanion.sesi.domain.survey.WaveType;

/** The values the survey commands read from their arguments, with the domain's messages when they are wrong. */
final class SurveyValues {

    private SurveyValues() {
    }

    /** A converter that reads a value with a domain parser. */
    abstract static class Parsed<T> implements ITypeConverter<T> {

        private final Function<String, T> parser;

        Parsed(Function<String, T> parser) {
            this.parser = parser;
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

    /** PRE_NOTICE, questionnaire, reminder-postcard, ... */
    static final class WaveTypes extends Parsed<WaveType> {
        WaveTypes() {
            super(WaveType::parse);
        }
    }

    /** REFUSAL, R, not-eligible, NE, ... */
    static final class Dispositions extends Parsed<Disposition> {
        Dispositions() {
            super(Disposition::parse);
        }
    }

    /** county or legal-form. */
    static final class Groupings extends Parsed<Grouping> {
        Groupings() {
            super(SurveyValues::grouping);
        }
    }

    static Grouping grouping(String text) {
        return switch (text.strip().toLowerCase(Locale.ROOT).replace('_', '-')) {
            case "county", "lan", "län" -> Grouping.COUNTY;
            case "legal-form", "juridisk-form" -> Grouping.LEGAL_FORM;
            default -> throw new DomainException(Message.of(SurveyValues.class, "survey.byUnknown", text));
        };
    }
}
