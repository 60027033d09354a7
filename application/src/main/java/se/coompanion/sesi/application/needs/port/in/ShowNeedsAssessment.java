package se.coompanion.sesi.application.needs.port.in;

import se.coompanion.sesi.domain.needs.NeedsAssessment;
import se.coompanion.sesi.domain.shared.Municipality;

/** One municipality's needs assessment: status and history, meetings, needs. */
public interface ShowNeedsAssessment {

    /**
     * @return the assessment and whether the municipality lies outside the pre-study's target set
     * @throws se.coompanion.sesi.application.shared.NotFoundException when it has none
     */
    Result show(Municipality municipality);

    /**
     * @param assessment    the assessment
     * @param outsideTarget true when a pre-study exists and the municipality is not in its region: the assessment
     *                      is kept but does not count towards the target
     */
    record Result(NeedsAssessment assessment, boolean outsideTarget) {
    }
}
