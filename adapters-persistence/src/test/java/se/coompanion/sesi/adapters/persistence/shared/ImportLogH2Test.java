package se.coompanion.sesi.adapters.persistence.shared;

import se.coompanion.sesi.adapters.persistence.TestDatabase;

class ImportLogH2Test extends ImportLogContract {

    @Override
    protected TestDatabase kind() {
        return TestDatabase.H2;
    }
}
