package se.coompanion.sesi.adapters.persistence.shared;

import se.coompanion.sesi.adapters.persistence.TestDatabase;

class BackupsPostgresTest extends BackupsContract {

    @Override
    protected TestDatabase kind() {
        return TestDatabase.POSTGRES;
    }
}
