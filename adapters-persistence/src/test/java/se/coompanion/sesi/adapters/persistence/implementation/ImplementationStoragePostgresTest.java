package se.coompanion.sesi.adapters.persistence.implementation;

import se.coompanion.sesi.adapters.persistence.TestDatabase;

class ImplementationStoragePostgresTest extends ImplementationStorageContract {

    @Override
    protected TestDatabase kind() {
        return TestDatabase.POSTGRES;
    }
}
