package se.coompanion.sesi.application.shared;

import java.time.Clock;
import se.coompanion.sesi.application.SesiPorts;
import se.coompanion.sesi.application.shared.port.in.BackupDatabase;
import se.coompanion.sesi.application.shared.port.in.RestoreDatabase;
import se.coompanion.sesi.application.shared.port.in.ShowDatabaseInfo;

/**
 * The database's upkeep: what it holds, a backup and a restore.
 *
 * <p>This area's use cases, each behind its in-port and guarded by {@link UseCaseBoundary}; built by
 * {@link #create} from the out-ports. A new use case of this area is added here and nowhere else in the
 * application.
 */
public final class DatabaseUseCases {

    private final ShowDatabaseInfo showDatabaseInfo;
    private final BackupDatabase backupDatabase;
    private final RestoreDatabase restoreDatabase;

    private DatabaseUseCases(DatabaseService database) {
        this.showDatabaseInfo = UseCaseBoundary.guard(ShowDatabaseInfo.class, database);
        this.backupDatabase = UseCaseBoundary.guard(BackupDatabase.class, database);
        this.restoreDatabase = UseCaseBoundary.guard(RestoreDatabase.class, database);
    }

    /** This area's use cases over the out-ports, validating with {@code commands}, dating by {@code clock}. */
    public static DatabaseUseCases create(SesiPorts ports, CommandValidator commands, Clock clock) {
        DatabaseService database = new DatabaseService(ports.databaseDetails(), ports.importLog(), ports.transactions(),
                ports.backups(), commands, clock);
        return new DatabaseUseCases(database);
    }

    public ShowDatabaseInfo showDatabaseInfo() {
        return showDatabaseInfo;
    }

    public BackupDatabase backupDatabase() {
        return backupDatabase;
    }

    public RestoreDatabase restoreDatabase() {
        return restoreDatabase;
    }
}
