package se.coompanion.sesi.adapters.persistence.privacy;

import se.coompanion.sesi.adapters.persistence.TestDatabase;

class PersonalDataTablesPostgresTest extends PersonalDataTablesContract {

    @Override
    protected TestDatabase kind() {
        return TestDatabase.POSTGRES;
    }
}
