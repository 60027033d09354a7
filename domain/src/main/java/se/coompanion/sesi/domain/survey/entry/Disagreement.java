package se.coompanion.sesi.domain.survey.entry;

import java.util.Objects;
import java.util.Optional;
import se.coompanion.sesi.domain.survey.ResponseId;

/**
 * A field whose two passes differ, with its resolution if one was recorded.
 *
 * @param responseId the unit
 * @param variable   the question
 * @param first      the value of pass 1 in canonical text, {@code ""} when not answered
 * @param second     the value of pass 2, likewise
 * @param resolution the latest resolution of the field
 */
public record Disagreement(ResponseId responseId, String variable, String first, String second,
        Optional<Resolution> resolution) {

    public Disagreement {
        Objects.requireNonNull(responseId, "responseId");
        Objects.requireNonNull(variable, "variable");
        Objects.requireNonNull(first, "first");
        Objects.requireNonNull(second, "second");
        Objects.requireNonNull(resolution, "resolution");
        if (first.equals(second)) {
            throw new IllegalArgumentException("the passes agree on " + variable);
        }
    }

    public boolean isOpen() {
        return resolution.isEmpty();
    }
}
