package se.coompanion.sesi.adapters.persistence.privacy;

import se.coompanion.sesi.adapters.persistence.TestDatabase;

class PersonalDataTablesH2Test extends PersonalDataTablesContract {

    @Override
    protected TestDatabase kind() {
        return TestDatabase.H2;
    }
}
