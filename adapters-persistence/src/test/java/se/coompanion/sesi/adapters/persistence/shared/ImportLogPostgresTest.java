package se.coompanion.sesi.adapters.persistence.shared;

import se.coompanion.sesi.adapters.persistence.TestDatabase;

class ImportLogPostgresTest extends ImportLogContract {

    @Override
    protected TestDatabase kind() {
        return TestDatabase.POSTGRES;
    }
}
