package se.coompanion.sesi.application.scan.port.out;

import se.coompanion.sesi.application.testing.PortsUnderTest;

class FindingsInMemoryTest extends FindingsContract {

    @Override
    protected PortsUnderTest open() {
        return PortsUnderTest.inMemory();
    }
}
