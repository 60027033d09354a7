package se.coompanion.sesi.adapters.persistence.synthesis;

import se.coompanion.sesi.adapters.persistence.TestDatabase;
import se.coompanion.sesi.application.synthesis.port.out.RecommendationsContract;
import se.coompanion.sesi.application.testing.PortsUnderTest;

class RecommendationsH2Test extends RecommendationsContract {

    @Override
    protected PortsUnderTest open() {
        return TestDatabase.H2.open();
    }
}
