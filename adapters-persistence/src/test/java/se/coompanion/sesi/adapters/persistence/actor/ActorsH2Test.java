package se.coompanion.sesi.adapters.persistence.actor;

import se.coompanion.sesi.adapters.persistence.TestDatabase;
import se.coompanion.sesi.application.actor.port.out.ActorsContract;
import se.coompanion.sesi.application.testing.PortsUnderTest;

class ActorsH2Test extends ActorsContract {

    @Override
    protected PortsUnderTest open() {
        return TestDatabase.H2.open();
    }
}
