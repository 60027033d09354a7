package se.coompanion.sesi.adapters.persistence.implementation;

import se.coompanion.sesi.adapters.persistence.TestDatabase;

class ImplementationDraftsPostgresTest extends ImplementationDraftsContract {

    @Override
    protected TestDatabase kind() {
        return TestDatabase.POSTGRES;
    }
}
