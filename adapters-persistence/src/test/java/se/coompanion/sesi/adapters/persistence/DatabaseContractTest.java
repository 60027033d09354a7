package se.coompanion.sesi.adapters.persistence;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * Base of the out-port contract tests: each test gets a fresh database of the subclass's kind, opened and
 * migrated from empty.
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
