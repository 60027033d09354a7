package se.coompanion.sesi.adapters.persistence;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * Base of the tests of what only a database does (batch inserts, upgrades): each test gets a fresh database of the
 * subclass's kind, opened and migrated from empty. The out-port contracts, which every implementation of a port
 * runs, extend {@code PortContract} instead (docs/architecture.md, "Port contracts").
 */
public abstract class DatabaseContractTest {

    private TestDatabase.Fresh fresh;
    protected SesiDatabase database;

    protected abstract TestDatabase kind();

    @BeforeEach
    void openFreshDatabase() {
        fresh = kind().fresh();
        database = SesiDatabase.open(fresh.config());
    }

    @AfterEach
    void dropDatabase() {
        if (database != null) {
            database.close();
        }
        if (fresh != null) {
            fresh.close();
        }
    }

    protected TestDatabase.Fresh fresh() {
        return fresh;
    }
}
