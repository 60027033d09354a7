package se.coompanion.sesi.domain.survey.entry;

import java.time.Instant;
import java.util.Objects;
import se.coompanion.sesi.domain.survey.ResponseId;

/**
 * An adjudicated value: after looking at the paper form, a person records what a field says. It settles a
 * disagreement between the two passes, or corrects a keyed value. The latest resolution of a field counts; every
 * one is kept, with who and when.
 *
 * @param responseId the unit
 * @param variable   the question
 * @param value      the answer in canonical text; {@code ""} for no answer
 * @param resolvedBy who decided
 * @param resolvedAt when
 */
public record Resolution(ResponseId responseId, String variable, String value, String resolvedBy,
        Instant resolvedAt) {

    public Resolution {
        Objects.requireNonNull(responseId, "responseId");
        Objects.requireNonNull(variable, "variable");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(resolvedBy, "resolvedBy");
        Objects.requireNonNull(resolvedAt, "resolvedAt");
    }
}
