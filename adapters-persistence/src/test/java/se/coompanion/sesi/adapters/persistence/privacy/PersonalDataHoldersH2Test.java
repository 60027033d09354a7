package se.coompanion.sesi.adapters.persistence.privacy;

import se.coompanion.sesi.adapters.persistence.TestDatabase;

class PersonalDataHoldersH2Test extends PersonalDataHoldersContract {

    @Override
    protected TestDatabase kind() {
        return TestDatabase.H2;
    }
}
