package se.coompanion.sesi.application.learning.port.out;

import java.time.Instant;
import java.util.List;
import se.coompanion.sesi.domain.learning.PilotRun;

/** The pilot runs of the learning programme. */
public interface PilotRuns {

    /** Stores a new pilot run (its number is the next one). */
    void add(PilotRun run, Instant recordedAt);

    /** Every pilot run, in number order. */
    List<PilotRun> all();
}
