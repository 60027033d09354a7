package se.coompanion.sesi.application.needs.port.in;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import se.coompanion.sesi.domain.needs.NeedsAssessment;
import se.coompanion.sesi.domain.shared.Municipality;

/**
 * Plans the needs assessment of a municipality: it starts as PLANNED. A municipality outside the pre-study's
 * region can be assessed too; it does not count towards the target. A second plan for a municipality is a
 * {@code ConflictException}.
 */
public interface PlanNeedsAssessment {

    NeedsAssessment plan(Command command);

    /**
     * @param municipality the municipality
     * @param date         the day it was planned; null for today
     */
    record Command(@NotNull Municipality municipality, LocalDate date) {
    }
}
