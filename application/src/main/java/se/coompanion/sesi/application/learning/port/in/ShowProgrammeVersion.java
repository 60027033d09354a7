package se.coompanion.sesi.application.learning.port.in;

import java.util.List;
import java.util.Optional;
import se.coompanion.sesi.domain.learning.ModuleChange;
import se.coompanion.sesi.domain.learning.PilotRun;
import se.coompanion.sesi.domain.learning.Programme;

/**
 * One version of the learning programme (the latest by default): its modules compared with the previous version's
 * (carried over, changed, new, removed), what changed and why, and its pilot runs.
 */
public interface ShowProgrammeVersion {

    Result show(Optional<Integer> version);

    /**
     * @param programme the version with its modules
     * @param changes   every module of this and the previous version and what happened to it
     * @param pilots    the version's pilot runs
     */
    record Result(Programme programme, List<ModuleChange> changes, List<PilotRun> pilots) {

        public Result {
            changes = List.copyOf(changes);
            pilots = List.copyOf(pilots);
        }
    }
}
