package se.coompanion.sesi.application.stakeholder;

import java.time.Clock;
import se.coompanion.sesi.application.SesiPorts;
import se.coompanion.sesi.application.prestudy.ActivityMeasure;
import se.coompanion.sesi.application.shared.CommandValidator;
import se.coompanion.sesi.application.shared.UseCaseBoundary;
import se.coompanion.sesi.application.stakeholder.port.in.AssessStakeholder;
import se.coompanion.sesi.application.stakeholder.port.in.ShowAssessmentHistory;
import se.coompanion.sesi.application.stakeholder.port.in.ShowPartnerShortlist;
import se.coompanion.sesi.application.stakeholder.port.in.ShowStakeholderGrid;

/**
 * The stakeholder analysis: assessments, the grid, the partner shortlist and each actor's history.
 *
 * <p>This area's use cases, each behind its in-port and guarded by {@link UseCaseBoundary}; built by
 * {@link #create} from the out-ports. A new use case of this area is added here and nowhere else in the
 * application.
 */
public final class StakeholderUseCases {

    private final AssessStakeholder assessStakeholder;
    private final ShowStakeholderGrid showStakeholderGrid;
    private final ShowPartnerShortlist showPartnerShortlist;
    private final ShowAssessmentHistory showAssessmentHistory;

    private StakeholderUseCases(StakeholderService stakeholder) {
        this.assessStakeholder = UseCaseBoundary.guard(AssessStakeholder.class, stakeholder);
        this.showStakeholderGrid = UseCaseBoundary.guard(ShowStakeholderGrid.class, stakeholder);
        this.showPartnerShortlist = UseCaseBoundary.guard(ShowPartnerShortlist.class, stakeholder);
        this.showAssessmentHistory = UseCaseBoundary.guard(ShowAssessmentHistory.class, stakeholder);
    }

    /** This area's use cases over the out-ports, validating with {@code commands}, dating by {@code clock}. */
    public static StakeholderUseCases create(SesiPorts ports, CommandValidator commands, Clock clock) {
        StakeholderService stakeholder = new StakeholderService(ports.actors(), ports.stakeholderAssessments(),
                ports.transactions(), commands, clock);
        return new StakeholderUseCases(stakeholder);
    }

    /** What this area contributes to the pre-study's progress ({@code ShowProgress}). */
    public static ActivityMeasure progressMeasure(SesiPorts ports) {
        return new StakeholderAnalysisMeasure(ports.actors(), ports.stakeholderAssessments());
    }

    public AssessStakeholder assessStakeholder() {
        return assessStakeholder;
    }

    public ShowStakeholderGrid showStakeholderGrid() {
        return showStakeholderGrid;
    }

    public ShowPartnerShortlist showPartnerShortlist() {
        return showPartnerShortlist;
    }

    public ShowAssessmentHistory showAssessmentHistory() {
        return showAssessmentHistory;
    }
}
