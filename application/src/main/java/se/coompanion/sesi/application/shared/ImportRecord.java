package se.coompanion.sesi.application.shared;

import java.time.Instant;
import java.util.Objects;

/**
 * That a file was imported: which kind of import, the file's SHA-256, its name and the counts. Importing
 * the same bytes again for the same kind is a no-op that points at this record.
 *
 * @param kind         the import, e.g. "survey-frame"
 * @param sha256       the file's SHA-256 as 64 lower-case hex digits
 * @param sourceName   the file name as given
 * @param rowsRead     data rows read
 * @param rowsStored   rows stored
 * @param rowsRejected rows rejected (with --skip-invalid)
 * @param importedAt   when
 */
public record ImportRecord(String kind, String sha256, String sourceName, int rowsRead, int rowsStored,
        int rowsRejected, Instant importedAt) {

    public ImportRecord {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(sha256, "sha256");
        Objects.requireNonNull(sourceName, "sourceName");
        Objects.requireNonNull(importedAt, "importedAt");
    }
}
