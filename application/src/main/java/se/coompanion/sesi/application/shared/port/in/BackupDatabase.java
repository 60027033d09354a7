package se.coompanion.sesi.application.shared.port.in;

import jakarta.validation.constraints.NotNull;
import java.nio.file.Path;
import se.coompanion.sesi.application.shared.BackupSummary;

/** Writes the whole database to a backup file, consistently, also while it is in use. */
public interface BackupDatabase {

    BackupSummary backup(Command command);

    /** @param file the backup file to write (a zip) */
    record Command(@NotNull Path file) {
    }
}
