package se.coompanion.sesi.application.shared.port.in;

import java.util.List;
import se.coompanion.sesi.application.shared.DatabaseInfo;
import se.coompanion.sesi.application.shared.ImportRecord;

/** What database is in use, its schema version, and the imports recorded in it. */
public interface ShowDatabaseInfo {

    Result show();

    /**
     * @param database the database
     * @param imports  the imports recorded, oldest first
     */
    record Result(DatabaseInfo database, List<ImportRecord> imports) {

        public Result {
            imports = List.copyOf(imports);
        }
    }
}
