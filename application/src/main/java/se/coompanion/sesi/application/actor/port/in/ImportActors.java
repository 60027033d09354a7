package se.coompanion.sesi.application.actor.port.in;

import jakarta.validation.constraints.NotNull;
import se.coompanion.sesi.application.shared.ImportOptions;
import se.coompanion.sesi.application.shared.ImportReport;
import se.coompanion.sesi.application.shared.TabularSource;

/**
 * Imports actors from a table (docs/actors.md): {@code organisationsnummer, namn, juridisk_form, roller, kommunkod,
 * utdelningsadress, postnummer, postort, anteckning} or the English names. A row whose organisationsnummer (or,
 * without one, whose name) is already in the register is rejected, naming the registered actor.
 */
public interface ImportActors {

    ImportReport importActors(Command command);

    /**
     * @param source  the rows
     * @param options all-or-nothing, or skip-invalid with a reject sink
     */
    record Command(@NotNull TabularSource source, @NotNull ImportOptions options) {
    }
}
