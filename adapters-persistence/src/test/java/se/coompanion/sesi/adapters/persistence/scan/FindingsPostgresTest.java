package se.coompanion.sesi.adapters.persistence.scan;

import se.coompanion.sesi.adapters.persistence.TestDatabase;

class FindingsPostgresTest extends FindingsContract {

    @Override
    protected TestDatabase kind() {
        return TestDatabase.POSTGRES;
    }
}
