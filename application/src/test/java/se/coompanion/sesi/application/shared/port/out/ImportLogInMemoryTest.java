package se.coompanion.sesi.application.shared.port.out;

import se.coompanion.sesi.application.testing.PortsUnderTest;

class ImportLogInMemoryTest extends ImportLogContract {

    @Override
    protected PortsUnderTest open() {
        return PortsUnderTest.inMemory();
    }
}
