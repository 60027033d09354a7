package se.coompanion.sesi.application.needs.port.in;

import java.util.Objects;
import se.coompanion.sesi.domain.needs.NeedsAssessment;

/**
 * What recording a meeting or a need did.
 *
 * @param assessment the municipality's assessment afterwards
 * @param planned    true when the assessment did not exist and was planned by this call
 */
public record Recorded(NeedsAssessment assessment, boolean planned) {

    public Recorded {
        Objects.requireNonNull(assessment, "assessment");
    }
}
