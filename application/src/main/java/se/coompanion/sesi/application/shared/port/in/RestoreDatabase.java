package se.coompanion.sesi.application.shared.port.in;

import jakarta.validation.constraints.NotNull;
import java.nio.file.Path;
import se.coompanion.sesi.application.shared.BackupSummary;

/** Restores a backup file into an empty database (a new H2 file, or an empty PostgreSQL schema). */
public interface RestoreDatabase {

    BackupSummary restore(Command command);

    /** @param file the backup file to read */
    record Command(@NotNull Path file) {
    }
}
