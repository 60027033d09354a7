package se.coompanion.sesi.application.learning.port.in;

import java.util.List;
import se.coompanion.sesi.domain.learning.Programme;

/** Every version of the learning programme, oldest first, with its pilot runs. */
public interface ListProgrammeVersions {

    List<Listed> list();

    /**
     * @param programme       the version with its modules
     * @param pilots          its pilot runs
     * @param evaluatedPilots of them, those evaluated (a level-1 and a level-2 value recorded)
     */
    record Listed(Programme programme, int pilots, int evaluatedPilots) {
    }
}
