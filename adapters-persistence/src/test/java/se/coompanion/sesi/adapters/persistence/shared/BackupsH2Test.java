package se.coompanion.sesi.adapters.persistence.shared;

import se.coompanion.sesi.adapters.persistence.TestDatabase;

class BackupsH2Test extends DatabaseBackupsContract {

    @Override
    protected TestDatabase kind() {
        return TestDatabase.H2;
    }
}
