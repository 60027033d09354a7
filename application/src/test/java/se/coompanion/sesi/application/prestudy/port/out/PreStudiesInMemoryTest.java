package se.coompanion.sesi.application.prestudy.port.out;

import se.coompanion.sesi.application.testing.PortsUnderTest;

class PreStudiesInMemoryTest extends PreStudiesContract {

    @Override
    protected PortsUnderTest open() {
        return PortsUnderTest.inMemory();
    }
}
