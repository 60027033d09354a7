package se.coompanion.sesi.application.survey.port.out;

import java.util.Objects;
import se.coompanion.sesi.domain.survey.ResponseId;

/**
 * A field of a form keyed in both passes whose two values differ.
 *
 * @param responseId the unit
 * @param variable   the question
 * @param first      pass 1's canonical answer, {@code ""} when not answered
 * @param second     pass 2's, likewise
 */
public record FieldDifference(ResponseId responseId, String variable, String first, String second) {

    public FieldDifference {
        Objects.requireNonNull(responseId, "responseId");
        Objects.requireNonNull(variable, "variable");
        Objects.requireNonNull(first, "first");
        Objects.requireNonNull(second, "second");
    }
}
