package se.coompanion.sesi.application.survey.port.in;

import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Optional;
import se.coompanion.sesi.application.shared.ImportOptions;
import se.coompanion.sesi.application.shared.ImportReport;
import se.coompanion.sesi.application.shared.TabularSource;
import se.coompanion.sesi.domain.survey.FrameEntry;
import se.coompanion.sesi.domain.survey.ResponseId;

/**
 * Imports the sampling frame (cli.md, "Sampling frame"). Every valid row is stored; the rows that meet the
 * eligibility rules (domain.md) form the survey population and get response ids, in file order, after the ids
 * already given. Rows outside the population are stored flagged and listed, never dropped silently.
 */
public interface ImportSamplingFrame {

    Result importFrame(Command command);

    /**
     * @param frame   the rows
     * @param options all-or-nothing, or skip-invalid with a reject sink
     */
    record Command(@NotNull TabularSource frame, @NotNull ImportOptions options) {
    }

    /**
     * @param report          what the import did (rows read, stored, rejected; already imported)
     * @param population      rows that joined the survey population
     * @param unconfirmed     of those, ideell föreningar whose business activity is still to be confirmed
     * @param firstId         the first response id given
     * @param lastId          the last response id given
     * @param excluded        rows kept outside the population, with their line and reasons (the first
     *                        {@value #EXCLUDED_LISTED})
     * @param excludedCount   every row kept outside the population
     */
    record Result(ImportReport report, int population, int unconfirmed, Optional<ResponseId> firstId,
            Optional<ResponseId> lastId, List<FrameEntry> excluded, int excludedCount) {

        /** How many excluded rows a result lists; the rest are counted (all are in the frame, flagged). */
        public static final int EXCLUDED_LISTED = 1000;

        public Result {
            excluded = List.copyOf(excluded);
        }
    }
}
