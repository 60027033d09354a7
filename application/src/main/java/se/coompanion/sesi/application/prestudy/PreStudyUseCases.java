package se.coompanion.sesi.application.prestudy;

import java.time.Clock;
import java.util.List;
import se.coompanion.sesi.application.SesiPorts;
import se.coompanion.sesi.application.prestudy.port.in.SetActivityTarget;
import se.coompanion.sesi.application.prestudy.port.in.ShowProgress;
import se.coompanion.sesi.application.prestudy.port.in.ShowProjectFacts;
import se.coompanion.sesi.application.prestudy.port.in.StartPreStudy;
import se.coompanion.sesi.application.shared.CommandValidator;
import se.coompanion.sesi.application.shared.UseCaseBoundary;

/**
 * The pre-study itself: starting it, its facts, the activities' targets and the progress of every activity.
 *
 * <p>This area's use cases, each behind its in-port and guarded by {@link UseCaseBoundary}; built by
 * {@link #create} from the out-ports. A new use case of this area is added here and nowhere else in the
 * application.
 */
public final class PreStudyUseCases {

    private final StartPreStudy startPreStudy;
    private final ShowProjectFacts showProjectFacts;
    private final SetActivityTarget setActivityTarget;
    private final ShowProgress showProgress;

    private PreStudyUseCases(PreStudyService preStudy, ProgressService progress) {
        this.startPreStudy = UseCaseBoundary.guard(StartPreStudy.class, preStudy);
        this.showProjectFacts = UseCaseBoundary.guard(ShowProjectFacts.class, preStudy);
        this.setActivityTarget = UseCaseBoundary.guard(SetActivityTarget.class, preStudy);
        this.showProgress = UseCaseBoundary.guard(ShowProgress.class, progress);
    }

    /**
     * This area's use cases over the out-ports, validating commands with {@code commands} and dating what
     * they record by {@code clock}.
     *
     * @param measures what each activity's area contributes to the progress
     */
    public static PreStudyUseCases create(SesiPorts ports, List<ActivityMeasure> measures, CommandValidator commands,
            Clock clock) {
        PreStudyService preStudy = new PreStudyService(ports.preStudies(), ports.transactions(), commands, clock);
        ProgressService progress = new ProgressService(ports.preStudies(), ports.transactions(), measures);
        return new PreStudyUseCases(preStudy, progress);
    }

    public StartPreStudy startPreStudy() {
        return startPreStudy;
    }

    public ShowProjectFacts showProjectFacts() {
        return showProjectFacts;
    }

    public SetActivityTarget setActivityTarget() {
        return setActivityTarget;
    }

    public ShowProgress showProgress() {
        return showProgress;
    }
}
