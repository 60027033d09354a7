package se.coompanion.sesi.application.implementation;

import java.time.Clock;
import se.coompanion.sesi.application.SesiPorts;
import se.coompanion.sesi.application.implementation.port.in.CheckImplementationDraft;
import se.coompanion.sesi.application.implementation.port.in.DraftImplementation;
import se.coompanion.sesi.application.implementation.port.in.EditActivities;
import se.coompanion.sesi.application.implementation.port.in.EditAims;
import se.coompanion.sesi.application.implementation.port.in.EditPartners;
import se.coompanion.sesi.application.implementation.port.in.EditPrinciples;
import se.coompanion.sesi.application.implementation.port.in.EditResults;
import se.coompanion.sesi.application.implementation.port.in.EditRisks;
import se.coompanion.sesi.application.implementation.port.in.EditTargetGroups;
import se.coompanion.sesi.application.implementation.port.in.RenameImplementationProject;
import se.coompanion.sesi.application.implementation.port.in.ShowImplementationDraft;
import se.coompanion.sesi.application.shared.CommandValidator;
import se.coompanion.sesi.application.shared.UseCaseBoundary;

/**
 * The draft of the implementation project that follows the pre-study, and its review.
 *
 * <p>This area's use cases, each behind its in-port and guarded by {@link UseCaseBoundary}; built by
 * {@link #create} from the out-ports. A new use case of this area is added here and nowhere else in the
 * application.
 */
public final class ImplementationUseCases {

    private final DraftImplementation draftImplementation;
    private final RenameImplementationProject renameImplementationProject;
    private final EditAims editAims;
    private final EditTargetGroups editTargetGroups;
    private final EditActivities editActivities;
    private final EditResults editResults;
    private final EditPartners editPartners;
    private final EditRisks editRisks;
    private final EditPrinciples editPrinciples;
    private final ShowImplementationDraft showImplementationDraft;
    private final CheckImplementationDraft checkImplementationDraft;

    private ImplementationUseCases(ImplementationDraftService draft, ImplementationActivityService activities,
            ImplementationPartnerService partners, ImplementationReviewService review) {
        this.draftImplementation = UseCaseBoundary.guard(DraftImplementation.class, draft);
        this.renameImplementationProject = UseCaseBoundary.guard(RenameImplementationProject.class, draft);
        this.editAims = UseCaseBoundary.guard(EditAims.class, draft);
        this.editTargetGroups = UseCaseBoundary.guard(EditTargetGroups.class, draft);
        this.editActivities = UseCaseBoundary.guard(EditActivities.class, activities);
        this.editResults = UseCaseBoundary.guard(EditResults.class, activities);
        this.editPartners = UseCaseBoundary.guard(EditPartners.class, partners);
        this.editRisks = UseCaseBoundary.guard(EditRisks.class, draft);
        this.editPrinciples = UseCaseBoundary.guard(EditPrinciples.class, draft);
        this.showImplementationDraft = UseCaseBoundary.guard(ShowImplementationDraft.class, review);
        this.checkImplementationDraft = UseCaseBoundary.guard(CheckImplementationDraft.class, review);
    }

    /**
     * This area's use cases over the out-ports, validating commands with {@code commands} and dating what
     * they record by {@code clock}.
     *
     * @param evidence the other areas' use cases this area reads its evidence through
     */
    public static ImplementationUseCases create(SesiPorts ports, ImplementationQueries evidence,
            CommandValidator commands, Clock clock) {
        ImplementationDraftService draft = new ImplementationDraftService(ports.implementationDrafts(), evidence,
                ports.transactions(), commands, clock);
        ImplementationActivityService activities = new ImplementationActivityService(ports.implementationDrafts(),
                evidence, ports.transactions(), commands);
        ImplementationPartnerService partners = new ImplementationPartnerService(ports.implementationDrafts(), evidence,
                ports.transactions(), commands, clock);
        ImplementationReviewService review = new ImplementationReviewService(ports.implementationDrafts(), evidence,
                ports.transactions(), clock);
        return new ImplementationUseCases(draft, activities, partners, review);
    }

    public DraftImplementation draftImplementation() {
        return draftImplementation;
    }

    public RenameImplementationProject renameImplementationProject() {
        return renameImplementationProject;
    }

    public EditAims editAims() {
        return editAims;
    }

    public EditTargetGroups editTargetGroups() {
        return editTargetGroups;
    }

    public EditActivities editActivities() {
        return editActivities;
    }

    public EditResults editResults() {
        return editResults;
    }

    public EditPartners editPartners() {
        return editPartners;
    }

    public EditRisks editRisks() {
        return editRisks;
    }

    public EditPrinciples editPrinciples() {
        return editPrinciples;
    }

    public ShowImplementationDraft showImplementationDraft() {
        return showImplementationDraft;
    }

    public CheckImplementationDraft checkImplementationDraft() {
        return checkImplementationDraft;
    }
}
