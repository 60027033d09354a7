package se.coompanion.sesi.adapters.persistence.actor;

import se.coompanion.sesi.adapters.persistence.TestDatabase;
import se.coompanion.sesi.application.actor.port.out.ActorsContract;
import se.coompanion.sesi.application.testing.PortsUnderTest;

class ActorsPostgresTest extends ActorsContract {

    @Override
    protected PortsUnderTest open() {
        return TestDatabase.POSTGRES.open();
    }
}
