package se.coompanion.sesi.application.competence.port.out;

import se.coompanion.sesi.application.testing.PortsUnderTest;

class CompetenceFrameworksInMemoryTest extends CompetenceFrameworksContract {

    @Override
    protected PortsUnderTest open() {
        return PortsUnderTest.inMemory();
    }
}
