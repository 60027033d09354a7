package se.coompanion.sesi.adapters.persistence.actor;

import se.coompanion.sesi.adapters.persistence.TestDatabase;

class ActorsPostgresTest extends ActorsContract {

    @Override
    protected TestDatabase kind() {
        return TestDatabase.POSTGRES;
    }
}
