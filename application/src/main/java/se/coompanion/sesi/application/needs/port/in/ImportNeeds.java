package se.coompanion.sesi.application.needs.port.in;

import jakarta.validation.constraints.NotNull;
import se.coompanion.sesi.application.shared.ImportOptions;
import se.coompanion.sesi.application.shared.ImportReport;
import se.coompanion.sesi.application.shared.TabularSource;

/**
 * Imports needs from a table (cli.md, "Needs"): {@code kommunkod,tema,prioritet,malgrupper,beskrivning,
 * befintligt_stod} (or the English names), optionally {@code underlag}/{@code evidence}. A municipality without an
 * assessment gets one, planned. A row for a validated assessment, or repeating a need of the file or of the
 * database, is a problem of its row. All or nothing unless the options say skip-invalid; the same file twice stores
 * nothing new.
 */
public interface ImportNeeds {

    ImportReport importNeeds(Command command);

    /**
     * @param rows    the table
     * @param options all-or-nothing, or skip-invalid with a reject sink
     */
    record Command(@NotNull TabularSource rows, @NotNull ImportOptions options) {
    }
}
