package se.coompanion.sesi.application.implementation.port.out;

import se.coompanion.sesi.application.testing.PortsUnderTest;

class ImplementationDraftsInMemoryTest extends ImplementationDraftsContract {

    @Override
    protected PortsUnderTest open() {
        return PortsUnderTest.inMemory();
    }
}
