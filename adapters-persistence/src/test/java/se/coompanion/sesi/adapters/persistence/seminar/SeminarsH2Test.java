package se.coompanion.sesi.adapters.persistence.seminar;

import se.coompanion.sesi.adapters.persistence.TestDatabase;

class SeminarsH2Test extends SeminarsContract {

    @Override
    protected TestDatabase kind() {
        return TestDatabase.H2;
    }
}
