package se.coompanion.sesi.adapters.persistence.privacy;

import se.coompanion.sesi.adapters.persistence.TestDatabase;

class PersonalDataHoldersPostgresTest extends PersonalDataHoldersContract {

    @Override
    protected TestDatabase kind() {
        return TestDatabase.POSTGRES;
    }
}
