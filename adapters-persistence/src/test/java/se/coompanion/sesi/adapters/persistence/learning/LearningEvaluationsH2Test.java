package se.coompanion.sesi.adapters.persistence.learning;

import se.coompanion.sesi.adapters.persistence.TestDatabase;
import se.coompanion.sesi.application.learning.port.out.LearningEvaluationsContract;
import se.coompanion.sesi.application.testing.PortsUnderTest;

class LearningEvaluationsH2Test extends LearningEvaluationsContract {

    @Override
    protected PortsUnderTest open() {
        return TestDatabase.H2.open();
    }
}
