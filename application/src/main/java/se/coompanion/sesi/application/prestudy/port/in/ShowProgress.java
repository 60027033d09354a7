package se.coompanion.sesi.application.prestudy.port.in;

import java.util.List;
import se.coompanion.sesi.domain.prestudy.ActivityProgress;
import se.coompanion.sesi.domain.prestudy.PreStudy;

/** Every activity's progress against its target, computed from the evidence. */
public interface ShowProgress {

    Result show();

    /**
     * @param preStudy   the pre-study
     * @param activities progress per activity, in plan order
     */
    record Result(PreStudy preStudy, List<ActivityProgress> activities) {

        public Result {
            activities = List.copyOf(activities);
        }
    }
}
