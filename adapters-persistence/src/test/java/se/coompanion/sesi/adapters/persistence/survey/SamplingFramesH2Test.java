package se.coompanion.sesi.adapters.persistence.survey;

import se.coompanion.sesi.adapters.persistence.TestDatabase;
import se.coompanion.sesi.application.survey.port.out.SamplingFramesContract;
import se.coompanion.sesi.application.testing.PortsUnderTest;

class SamplingFramesH2Test extends SamplingFramesContract {

    @Override
    protected PortsUnderTest open() {
        return TestDatabase.H2.open();
    }
}
