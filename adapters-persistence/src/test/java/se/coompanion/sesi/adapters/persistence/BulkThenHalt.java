package se.coompanion.sesi.adapters.persistence;

import java.nio.file.Path;
import java.time.Instant;
import se.coompanion.sesi.application.shared.ImportRecord;

/**
 * Run in a child JVM by {@link RollbackJournalTest}: opens the database, writes far more in one bulk transaction than
 * H2 keeps in memory (so that H2 writes uncommitted rows to the file), says so, and stops the JVM at once inside
 * the transaction, as kill -9 would.
 */
public final class BulkThenHalt {

    /** Records written before the halt: H2 writes a transaction's changes to the file from about 20 MB. */
    static final int RECORDS = 120_000;

    private BulkThenHalt() {
    }

    public static void main(String[] args) {
        SesiDatabase database = SesiDatabase.open(DatabaseConfig.h2File(Path.of(args[0])));
        database.ports().transactions().inBulkTransaction(() -> {
            for (int i = 1; i <= RECORDS; i++) {
                database.ports().importLog().add(record(i));
            }
            System.out.println("written, not committed");
            System.out.flush();
            Runtime.getRuntime().halt(9);
            return null;
        });
    }

    static ImportRecord record(int i) {
        return new ImportRecord("bulk-test", String.format("%064x", i), "file-" + i + ".csv", 1, 1, 0,
                Instant.parse("2024-01-02T08:00:00Z"));
    }
}
