package se.coompanion.sesi.application.learning.port.in;

import jakarta.validation.constraints.NotNull;
import se.coompanion.sesi.application.shared.ImportOptions;
import se.coompanion.sesi.application.shared.ImportReport;
import se.coompanion.sesi.application.shared.TabularSource;

/**
 * Imports the participants' evaluation forms of pilot runs: one row per participant and module, with level 1
 * (satisfaction, relevance) and level 2 (levels before and after per objective), and optionally the day the level-3
 * follow-up is planned (docs/learning.md).
 */
public interface ImportEvaluations {

    ImportReport importEvaluations(Command command);

    /**
     * @param rows    the file
     * @param options all or nothing, or skip invalid rows
     */
    record Command(@NotNull TabularSource rows, @NotNull ImportOptions options) {
    }
}
