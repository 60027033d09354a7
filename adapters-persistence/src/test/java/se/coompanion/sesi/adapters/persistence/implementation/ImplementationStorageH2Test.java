package se.coompanion.sesi.adapters.persistence.implementation;

import se.coompanion.sesi.adapters.persistence.TestDatabase;

class ImplementationStorageH2Test extends ImplementationStorageContract {

    @Override
    protected TestDatabase kind() {
        return TestDatabase.H2;
    }
}
