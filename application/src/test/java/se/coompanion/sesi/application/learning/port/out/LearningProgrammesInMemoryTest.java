package se.coompanion.sesi.application.learning.port.out;

import se.coompanion.sesi.application.testing.PortsUnderTest;

class LearningProgrammesInMemoryTest extends LearningProgrammesContract {

    @Override
    protected PortsUnderTest open() {
        return PortsUnderTest.inMemory();
    }
}
