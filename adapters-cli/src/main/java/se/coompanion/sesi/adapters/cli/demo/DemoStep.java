package se.coompanion.sesi.adapters.cli.demo;

import java.nio.file.Path;
import se.coompanion.sesi.adapters.cli.CommandHints;
import se.coompanion.sesi.adapters.documents.SesiDocuments;
import se.coompanion.sesi.application.SesiApplication;
import se.coompanion.sesi.domain.shared.Message;

/**
 * One part of the demo pre-study: it records an area's demo evidence through the same use cases a user
 * would call. Steps run in order on a fresh database; each must be deterministic.
 */
public interface DemoStep {

    /** What the step does, for the progress line. */
    Message title();

    /**
     * @param sesi      the use cases over the demo database
     * @param directory the demo's output directory (for documents a step writes)
     */
    void run(SesiApplication sesi, Path directory);

    /** The documents over the demo's use cases, as the commands make them (with the command line's hints). */
    static SesiDocuments documents(SesiApplication sesi) {
        return SesiDocuments.over(sesi).withHints(CommandHints.SESI);
    }
}
