package se.coompanion.sesi.application.shared;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * What an import did.
 *
 * @param kind            the import, e.g. "actors"
 * @param source          the file name
 * @param rowsRead        data rows read
 * @param rowsStored      rows stored
 * @param rowsRejected    rows rejected (only with skip-invalid)
 * @param previousImport  when the same content was imported before: then nothing new was stored
 * @param warnings        things worth a look that did not stop the row (e.g. a group digit that disagrees
 *                        with the legal form)
 * @param warningsOmitted warnings found beyond those kept
 */
public record ImportReport(String kind, String source, int rowsRead, int rowsStored, int rowsRejected,
        Optional<Instant> previousImport, List<Problem> warnings, int warningsOmitted) {

    public ImportReport {
        warnings = List.copyOf(warnings);
    }

    public boolean alreadyImported() {
        return previousImport.isPresent();
    }
}
