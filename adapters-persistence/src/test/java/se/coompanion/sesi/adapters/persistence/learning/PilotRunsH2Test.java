package se.coompanion.sesi.adapters.persistence.learning;

import se.coompanion.sesi.adapters.persistence.TestDatabase;

class PilotRunsH2Test extends PilotRunsContract {

    @Override
    protected TestDatabase kind() {
        return TestDatabase.H2;
    }
}
