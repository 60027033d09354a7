package se.coompanion.sesi.application.needs;

import java.time.Clock;
import se.coompanion.sesi.application.SesiPorts;
import se.coompanion.sesi.application.needs.port.in.ChangeAssessmentStatus;
import se.coompanion.sesi.application.needs.port.in.ImportNeeds;
import se.coompanion.sesi.application.needs.port.in.ListNeeds;
import se.coompanion.sesi.application.needs.port.in.PlanNeedsAssessment;
import se.coompanion.sesi.application.needs.port.in.RecordMeeting;
import se.coompanion.sesi.application.needs.port.in.RecordNeed;
import se.coompanion.sesi.application.needs.port.in.ShowNeedsAssessment;
import se.coompanion.sesi.application.needs.port.in.ShowNeedsCoverage;
import se.coompanion.sesi.application.needs.port.in.TallyNeedThemes;
import se.coompanion.sesi.application.prestudy.ActivityMeasure;
import se.coompanion.sesi.application.shared.CommandValidator;
import se.coompanion.sesi.application.shared.UseCaseBoundary;

/**
 * The needs analyses in the municipalities: plans, meetings, needs (one municipality's, or all of them listed), their
 * coverage and themes.
 *
 * <p>This area's use cases, each behind its in-port and guarded by {@link UseCaseBoundary}; built by
 * {@link #create} from the out-ports. A new use case of this area is added here and nowhere else in the
 * application.
 */
public final class NeedsUseCases {

    private final PlanNeedsAssessment planNeedsAssessment;
    private final RecordMeeting recordMeeting;
    private final RecordNeed recordNeed;
    private final ChangeAssessmentStatus changeAssessmentStatus;
    private final ImportNeeds importNeeds;
    private final ShowNeedsAssessment showNeedsAssessment;
    private final ShowNeedsCoverage showNeedsCoverage;
    private final TallyNeedThemes tallyNeedThemes;
    private final ListNeeds listNeeds;

    private NeedsUseCases(NeedsService needs) {
        this.planNeedsAssessment = UseCaseBoundary.guard(PlanNeedsAssessment.class, needs);
        this.recordMeeting = UseCaseBoundary.guard(RecordMeeting.class, needs);
        this.recordNeed = UseCaseBoundary.guard(RecordNeed.class, needs);
        this.changeAssessmentStatus = UseCaseBoundary.guard(ChangeAssessmentStatus.class, needs);
        this.importNeeds = UseCaseBoundary.guard(ImportNeeds.class, needs);
        this.showNeedsAssessment = UseCaseBoundary.guard(ShowNeedsAssessment.class, needs);
        this.showNeedsCoverage = UseCaseBoundary.guard(ShowNeedsCoverage.class, needs);
        this.tallyNeedThemes = UseCaseBoundary.guard(TallyNeedThemes.class, needs);
        this.listNeeds = UseCaseBoundary.guard(ListNeeds.class, needs);
    }

    /** This area's use cases over the out-ports, validating with {@code commands}, dating by {@code clock}. */
    public static NeedsUseCases create(SesiPorts ports, CommandValidator commands, Clock clock) {
        NeedsService needs = new NeedsService(ports.needsAssessments(), ports.preStudies(), ports.importLog(),
                ports.transactions(), commands, clock);
        return new NeedsUseCases(needs);
    }

    /** What this area contributes to the pre-study's progress ({@code ShowProgress}). */
    public static ActivityMeasure progressMeasure(SesiPorts ports) {
        return new NeedsAnalysisMeasure(ports.needsAssessments());
    }

    public PlanNeedsAssessment planNeedsAssessment() {
        return planNeedsAssessment;
    }

    public RecordMeeting recordMeeting() {
        return recordMeeting;
    }

    public RecordNeed recordNeed() {
        return recordNeed;
    }

    public ChangeAssessmentStatus changeAssessmentStatus() {
        return changeAssessmentStatus;
    }

    public ImportNeeds importNeeds() {
        return importNeeds;
    }

    public ShowNeedsAssessment showNeedsAssessment() {
        return showNeedsAssessment;
    }

    public ShowNeedsCoverage showNeedsCoverage() {
        return showNeedsCoverage;
    }

    public TallyNeedThemes tallyNeedThemes() {
        return tallyNeedThemes;
    }

    public ListNeeds listNeeds() {
        return listNeeds;
    }
}
