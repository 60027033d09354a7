package se.coompanion.sesi.application.shared.port.out;

import java.nio.file.Path;
import java.time.Instant;
import se.coompanion.sesi.application.shared.BackupSummary;

/**
 * A whole database to a file and back: a consistent snapshot even while other processes write, readable by either
 * database kind (a backup of the embedded H2 database restores into PostgreSQL and back).
 */
public interface Backups {

    /** Writes a consistent snapshot of every table to the file (replaced only when complete). */
    BackupSummary write(Path file, Instant now);

    /**
     * Restores a backup into this database, which must hold no data yet; all or nothing.
     *
     * @throws se.coompanion.sesi.application.shared.ConflictException     when the database is not empty, or the
     *                                                                      backup is newer than this software
     * @throws se.coompanion.sesi.application.shared.InvalidInputException when the file is not a SESI backup
     */
    BackupSummary restore(Path file);
}
