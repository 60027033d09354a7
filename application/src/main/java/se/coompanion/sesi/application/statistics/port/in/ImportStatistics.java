package se.coompanion.sesi.application.statistics.port.in;

import jakarta.validation.constraints.NotNull;
import se.coompanion.sesi.application.shared.ImportOptions;
import se.coompanion.sesi.application.shared.ImportReport;
import se.coompanion.sesi.application.shared.TabularSource;

/**
 * Imports statistical figures on women's entrepreneurship from a table (cli.md, "Statistics"; columns in
 * docs/statistics.md). Every figure needs its source; one figure per indicator, region and year, in the file and
 * in the database. All or nothing unless the options say skip-invalid; the same file twice stores nothing new.
 */
public interface ImportStatistics {

    ImportReport importStatistics(Command command);

    /**
     * @param rows    the table
     * @param options all-or-nothing, or skip-invalid with a reject sink
     * @param replace true to replace stored figures with the same indicator, region and year (otherwise such a
     *                row is an error)
     */
    record Command(@NotNull TabularSource rows, @NotNull ImportOptions options, boolean replace) {

        public Command(TabularSource rows, ImportOptions options) {
            this(rows, options, false);
        }
    }
}
