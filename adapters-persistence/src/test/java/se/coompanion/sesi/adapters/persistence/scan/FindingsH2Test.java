package se.coompanion.sesi.adapters.persistence.scan;

import se.coompanion.sesi.adapters.persistence.TestDatabase;

class FindingsH2Test extends FindingsContract {

    @Override
    protected TestDatabase kind() {
        return TestDatabase.H2;
    }
}
