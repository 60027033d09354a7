package se.coompanion.sesi.adapters.persistence.learning;

import se.coompanion.sesi.adapters.persistence.TestDatabase;

class PilotRunsPostgresTest extends PilotRunsContract {

    @Override
    protected TestDatabase kind() {
        return TestDatabase.POSTGRES;
    }
}
