package se.coompanion.sesi.application.synthesis.port.out;

import se.coompanion.sesi.application.testing.PortsUnderTest;

class RecommendationsInMemoryTest extends RecommendationsContract {

    @Override
    protected PortsUnderTest open() {
        return PortsUnderTest.inMemory();
    }
}
