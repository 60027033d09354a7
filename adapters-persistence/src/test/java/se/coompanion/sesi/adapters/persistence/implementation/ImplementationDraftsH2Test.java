package se.coompanion.sesi.adapters.persistence.implementation;

import se.coompanion.sesi.adapters.persistence.TestDatabase;

class ImplementationDraftsH2Test extends ImplementationDraftsContract {

    @Override
    protected TestDatabase kind() {
        return TestDatabase.H2;
    }
}
