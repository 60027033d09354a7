package se.coompanion.sesi.adapters.persistence.shared;

import se.coompanion.sesi.adapters.persistence.TestDatabase;

class BackupsPostgresTest extends DatabaseBackupsContract {

    @Override
    protected TestDatabase kind() {
        return TestDatabase.POSTGRES;
    }
}
