package se.coompanion.sesi.application.shared;

import java.time.Clock;
import java.util.Comparator;
import java.util.Objects;
import se.coompanion.sesi.application.shared.port.in.BackupDatabase;
import se.coompanion.sesi.application.shared.port.in.RestoreDatabase;
import se.coompanion.sesi.application.shared.port.in.ShowDatabaseInfo;
import se.coompanion.sesi.application.shared.BackupSummary;
import se.coompanion.sesi.application.shared.port.out.Backups;
import se.coompanion.sesi.application.shared.port.out.DatabaseDetails;
import se.coompanion.sesi.application.shared.port.out.ImportLog;
import se.coompanion.sesi.application.shared.ImportRecord;
import se.coompanion.sesi.application.shared.port.out.Transactions;

/** Use cases about the database itself: what it is, backup and restore. */
public final class DatabaseService implements ShowDatabaseInfo, BackupDatabase, RestoreDatabase {

    private final DatabaseDetails details;
    private final ImportLog imports;
    private final Transactions transactions;
    private final Backups backups;
    private final CommandValidator validator;
    private final Clock clock;

    public DatabaseService(DatabaseDetails details, ImportLog imports, Transactions transactions, Backups backups,
            CommandValidator validator, Clock clock) {
        this.details = Objects.requireNonNull(details);
        this.imports = Objects.requireNonNull(imports);
        this.transactions = Objects.requireNonNull(transactions);
        this.backups = Objects.requireNonNull(backups);
        this.validator = Objects.requireNonNull(validator);
        this.clock = Objects.requireNonNull(clock);
    }

    @Override
    public BackupSummary backup(BackupDatabase.Command command) {
        validator.check(command);
        return backups.write(command.file(), clock.instant());
    }

    @Override
    public BackupSummary restore(RestoreDatabase.Command command) {
        validator.check(command);
        return backups.restore(command.file());
    }

    @Override
    public Result show() {
        return transactions.inTransaction(() -> new Result(details.describe(),
                imports.all().stream().sorted(Comparator.comparing(ImportRecord::importedAt)).toList()));
    }
}
