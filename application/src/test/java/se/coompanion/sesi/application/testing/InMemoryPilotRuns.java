package se.coompanion.sesi.application.testing;

import java.time.Instant;
import java.util.List;
import se.coompanion.sesi.application.learning.port.out.PilotRuns;
import se.coompanion.sesi.domain.learning.PilotRun;

/** Pilot runs in memory, in number order. */
public final class InMemoryPilotRuns implements PilotRuns, InMemory {

    private final NumberedRecords<PilotRun> runs = new NumberedRecords<>();

    @Override
    public void add(PilotRun run, Instant recordedAt) {
        runs.add(n -> {
            if (n != run.number()) {
                throw new IllegalStateException("pilot run " + run.number() + " stored as number " + n);
            }
            return run;
        });
    }

    @Override
    public List<PilotRun> all() {
        return runs.all();
    }

    @Override
    public Object snapshot() {
        return runs.snapshot();
    }

    @Override
    public void restore(Object snapshot) {
        runs.restore(snapshot);
    }
}
