package se.coompanion.sesi.application.learning.port.out;

import se.coompanion.sesi.application.testing.PortsUnderTest;

class LearningEvaluationsInMemoryTest extends LearningEvaluationsContract {

    @Override
    protected PortsUnderTest open() {
        return PortsUnderTest.inMemory();
    }
}
