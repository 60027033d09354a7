package se.coompanion.sesi.application.shared.port.out;

import se.coompanion.sesi.application.testing.PortsUnderTest;

class DatabaseDetailsInMemoryTest extends DatabaseDetailsContract {

    @Override
    protected PortsUnderTest open() {
        return PortsUnderTest.inMemory();
    }
}
