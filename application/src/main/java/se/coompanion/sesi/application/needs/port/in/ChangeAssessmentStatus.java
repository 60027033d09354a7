package se.coompanion.sesi.application.needs.port.in;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import se.coompanion.sesi.domain.needs.AssessmentStatus;
import se.coompanion.sesi.domain.needs.NeedsAssessment;
import se.coompanion.sesi.domain.needs.StatusChange;
import se.coompanion.sesi.domain.shared.Municipality;

/**
 * Moves a municipality's needs assessment to another status. Forward (also past a status) needs nothing more; a
 * step back is a reopening with a reason. The assessment must exist ({@code NotFoundException}); the status it has
 * already, or a step back without reopening, is a {@code ConflictException}.
 */
public interface ChangeAssessmentStatus {

    Result change(Command command);

    /**
     * @param municipality the municipality
     * @param status       the new status
     * @param date         the day of the change; null for today
     * @param reopen       true for a step back
     * @param reason       why it is reopened (required with reopen)
     */
    record Command(@NotNull Municipality municipality, @NotNull AssessmentStatus status, LocalDate date,
            boolean reopen, @Size(max = 2000) String reason) {
    }

    /**
     * @param assessment the assessment after the change
     * @param change     the change recorded
     */
    record Result(NeedsAssessment assessment, StatusChange change) {
    }
}
