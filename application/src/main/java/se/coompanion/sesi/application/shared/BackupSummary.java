package se.coompanion.sesi.application.shared;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What a backup holds or what a restore wrote.
 *
 * @param createdAt      when the backup was made
 * @param product        the database it was made from, e.g. "H2 2.5.252"
 * @param schemaVersions the migrations applied in the database it was made from
 * @param rows           rows per table
 * @param checksums      true when the backup carries a checksum of each table (every backup since format 2); a
 *                       backup of an earlier release has row counts only, so a restore could check only those
 */
public record BackupSummary(Instant createdAt, String product, List<String> schemaVersions, Map<String, Long> rows,
        boolean checksums) {

    public BackupSummary {
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(product, "product");
        schemaVersions = List.copyOf(schemaVersions);
        rows = Map.copyOf(rows);
    }

    public long totalRows() {
        return rows.values().stream().mapToLong(Long::longValue).sum();
    }
}
