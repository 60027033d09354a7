package se.coompanion.sesi.application.seminar.port.out;

import se.coompanion.sesi.application.testing.PortsUnderTest;

class SeminarsInMemoryTest extends SeminarsContract {

    @Override
    protected PortsUnderTest open() {
        return PortsUnderTest.inMemory();
    }
}
