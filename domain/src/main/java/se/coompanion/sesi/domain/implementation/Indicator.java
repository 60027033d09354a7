package se.coompanion.sesi.domain.implementation;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;
import se.coompanion.sesi.domain.shared.DomainException;
import se.coompanion.sesi.domain.shared.Message;
import se.coompanion.sesi.domain.shared.TextField;

/**
 * How a result is followed: what is measured, in which unit, where it starts (the baseline, from the pre-study) and
 * where the project wants it to be (the target). A measured baseline fixes the unit: a survey share is a percentage,
 * a mean gap a score, a count of municipalities a count.
 *
 * @param name     what is measured
 * @param unit     the unit of the baseline and the target
 * @param baseline where it starts; empty until someone gives it
 * @param target   where it should be; empty until someone sets it
 */
public record Indicator(String name, IndicatorUnit unit, Optional<Baseline> baseline, Optional<BigDecimal> target) {

    public static final int MAX_NAME = 500;

    public Indicator {
        name = TextField.required(Message.of(Indicator.class, "indicator.name"), name, MAX_NAME);
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(baseline, "baseline");
        if (baseline.isPresent() && baseline.get().unit() != unit) {
            throw new DomainException(Message.of(Indicator.class, "indicator.unit", name, unit.title(),
                    baseline.get().unit().title()));
        }
        target = Objects.requireNonNull(target, "target").map(unit::check);
    }

    public Indicator withBaseline(Optional<Baseline> other) {
        return new Indicator(name, other.map(Baseline::unit).orElse(unit), other, target);
    }

    public Indicator withTarget(Optional<BigDecimal> other) {
        return new Indicator(name, unit, baseline, other);
    }

    public Indicator withName(String other) {
        return new Indicator(other, unit, baseline, target);
    }
}
