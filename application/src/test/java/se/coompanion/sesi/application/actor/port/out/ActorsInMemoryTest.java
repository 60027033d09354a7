package se.coompanion.sesi.application.actor.port.out;

import se.coompanion.sesi.application.testing.PortsUnderTest;

class ActorsInMemoryTest extends ActorsContract {

    @Override
    protected PortsUnderTest open() {
        return PortsUnderTest.inMemory();
    }
}
