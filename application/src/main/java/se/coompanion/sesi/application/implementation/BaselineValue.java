package se.coompanion.sesi.application.implementation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;
import se.coompanion.sesi.application.synthesis.port.in.Evidence;
import se.coompanion.sesi.application.synthesis.port.in.ResolvedEvidence;
import se.coompanion.sesi.domain.implementation.Baseline;
import se.coompanion.sesi.domain.shared.Message;
import se.coompanion.sesi.domain.synthesis.SurveyIndicator;

/**
 * What a baseline gives today: a stated one its value; a measured one the figure its evidence shows (a survey share
 * in per cent, a mean gap, a number of municipalities), rounded to two decimals, or why it gives none.
 *
 * @param value    the value in the indicator's unit
 * @param evidence the evidence a measured baseline is read from
 * @param problem  why a measured baseline gives no value
 */
record BaselineValue(Optional<BigDecimal> value, Optional<ResolvedEvidence> evidence, Optional<Message> problem) {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    static BaselineValue of(Baseline baseline, ResolvedEvidence resolved) {
        if (baseline instanceof Baseline.Stated stated) {
            return new BaselineValue(Optional.of(stated.value()), Optional.empty(), Optional.empty());
        }
        if (!resolved.resolves()) {
            return new BaselineValue(Optional.empty(), Optional.of(resolved), resolved.problem());
        }
        Evidence evidence = resolved.evidence().orElseThrow();
        if (baseline instanceof Baseline.SurveyShare share && evidence instanceof Evidence.SurveyTable table) {
            Optional<SurveyIndicator.Measured> measured = share.indicator().measure(table.table());
            if (measured.isEmpty()) {
                return problem(resolved, "baseline.notCountable", share.variable(), String.join("+", share.codes()));
            }
            if (measured.get().share().isEmpty()) {
                return problem(resolved, "baseline.noAnswers", share.variable());
            }
            return value(resolved, BigDecimal.valueOf(measured.get().share().getAsDouble()).multiply(HUNDRED));
        }
        if (baseline instanceof Baseline.MeanGap && evidence instanceof Evidence.BorichRank rank) {
            return value(resolved, rank.ranked().score().meanGap());
        }
        if (baseline instanceof Baseline.NeedMunicipalities && evidence instanceof Evidence.Needs needs) {
            return value(resolved, BigDecimal.valueOf(needs.municipalities()));
        }
        throw new IllegalStateException("a baseline " + baseline + " resolved to " + evidence.getClass());
    }

    private static BaselineValue value(ResolvedEvidence resolved, BigDecimal value) {
        return new BaselineValue(Optional.of(value.setScale(2, RoundingMode.HALF_UP)), Optional.of(resolved),
                Optional.empty());
    }

    private static BaselineValue problem(ResolvedEvidence resolved, String key, Object... args) {
        return new BaselineValue(Optional.empty(), Optional.of(resolved),
                Optional.of(Message.of(BaselineValue.class, key, args)));
    }
}
