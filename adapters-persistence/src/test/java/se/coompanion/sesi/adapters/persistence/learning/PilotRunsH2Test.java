package se.coompanion.sesi.adapters.persistence.learning;

import se.coompanion.sesi.adapters.persistence.TestDatabase;
import se.coompanion.sesi.application.learning.port.out.PilotRunsContract;
import se.coompanion.sesi.application.testing.PortsUnderTest;

class PilotRunsH2Test extends PilotRunsContract {

    @Override
    protected PortsUnderTest open() {
        return TestDatabase.H2.open();
    }
}
