package se.coompanion.sesi.application.stakeholder.port.out;

import se.coompanion.sesi.application.testing.PortsUnderTest;

class StakeholderAssessmentsInMemoryTest extends StakeholderAssessmentsContract {

    @Override
    protected PortsUnderTest open() {
        return PortsUnderTest.inMemory();
    }
}
