package se.coompanion.sesi.application.needs.port.in;

import se.coompanion.sesi.domain.needs.NeedsAssessment;
import se.coompanion.sesi.domain.shared.Municipality;

/** One municipality's needs assessment: status and history, meetings, needs. */
public interface ShowNeedsAssessment {

    /**
     * @return the assessment and whether the municipality is in the pre-study's target set
     * @throws se.coompanion.sesi.application.shared.NotFoundException when it has none
     */
    Result show(Municipality municipality);

    /**
     * @param assessment the assessment
     * @param inTarget   true when the municipality is in the pre-study's target set
     */
    record Result(NeedsAssessment assessment, boolean inTarget) {
    }
}
