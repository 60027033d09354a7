package se.coompanion.sesi.application.competence.port.out;

import se.coompanion.sesi.application.testing.PortsUnderTest;

class CompetenceRatingsInMemoryTest extends CompetenceRatingsContract {

    @Override
    protected PortsUnderTest open() {
        return PortsUnderTest.inMemory();
    }
}
