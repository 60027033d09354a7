package se.coompanion.sesi.adapters.persistence.actor;

import se.coompanion.sesi.adapters.persistence.TestDatabase;

class ActorsH2Test extends ActorsContract {

    @Override
    protected TestDatabase kind() {
        return TestDatabase.H2;
    }
}
