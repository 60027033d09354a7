package se.coompanion.sesi.application.testing;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import se.coompanion.sesi.application.SesiApplication;

/** A validator as the composition root makes one, a fixed clock, and an application over in-memory ports. */
public final class TestValidation {

    /** 2024-03-15 09:00 in Sundsvall. */
    public static final Clock CLOCK = Clock.fixed(Instant.parse("2024-03-15T08:00:00Z"), ZoneId.of("Europe/Stockholm"));

    private static final Validator VALIDATOR = Validation.byDefaultProvider().configure()
            .messageInterpolator(new ParameterMessageInterpolator())
            .buildValidatorFactory().getValidator();

    private TestValidation() {
    }

    public static Validator validator() {
        return VALIDATOR;
    }

    public static SesiApplication application(InMemorySesiPorts ports) {
        return SesiApplication.create(ports, VALIDATOR, CLOCK);
    }
}
