package se.coompanion.sesi.application.needs.port.out;

import se.coompanion.sesi.application.testing.PortsUnderTest;

class NeedsAssessmentsInMemoryTest extends NeedsAssessmentsContract {

    @Override
    protected PortsUnderTest open() {
        return PortsUnderTest.inMemory();
    }
}
