package se.coompanion.sesi.application.shared;

import java.util.Comparator;
import java.util.Objects;
import se.coompanion.sesi.application.shared.port.in.ShowDatabaseInfo;
import se.coompanion.sesi.application.shared.port.out.DatabaseDetails;
import se.coompanion.sesi.application.shared.port.out.ImportLog;
import se.coompanion.sesi.application.shared.port.out.ImportRecord;
import se.coompanion.sesi.application.shared.port.out.Transactions;

/** Use cases about the database itself. */
public final class DatabaseService implements ShowDatabaseInfo {

    private final DatabaseDetails details;
    private final ImportLog imports;
    private final Transactions transactions;

    public DatabaseService(DatabaseDetails details, ImportLog imports, Transactions transactions) {
        this.details = Objects.requireNonNull(details);
        this.imports = Objects.requireNonNull(imports);
        this.transactions = Objects.requireNonNull(transactions);
    }

    @Override
    public Result show() {
        return transactions.inTransaction(() -> new Result(details.describe(),
                imports.all().stream().sorted(Comparator.comparing(ImportRecord::importedAt)).toList()));
    }
}
