package se.coompanion.sesi.application.learning.port.in;

import java.util.List;
import se.coompanion.sesi.domain.learning.PilotRun;

/** Every pilot run with its evaluations. */
public interface ListPilotRuns {

    List<Listed> list();

    /**
     * @param run          the pilot run
     * @param evaluations  the evaluation forms recorded for it
     * @param participants the distinct participants who evaluated
     * @param evaluated    true when a level-1 and a level-2 value are recorded
     */
    record Listed(PilotRun run, int evaluations, int participants, boolean evaluated) {
    }
}
