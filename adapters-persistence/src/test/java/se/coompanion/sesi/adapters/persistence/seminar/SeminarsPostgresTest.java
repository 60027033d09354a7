package se.coompanion.sesi.adapters.persistence.seminar;

import se.coompanion.sesi.adapters.persistence.TestDatabase;

class SeminarsPostgresTest extends SeminarsContract {

    @Override
    protected TestDatabase kind() {
        return TestDatabase.POSTGRES;
    }
}
