package se.coompanion.sesi.adapters.persistence.scan;

import se.coompanion.sesi.adapters.persistence.TestDatabase;
import se.coompanion.sesi.application.scan.port.out.FindingsContract;
import se.coompanion.sesi.application.testing.PortsUnderTest;

class FindingsH2Test extends FindingsContract {

    @Override
    protected PortsUnderTest open() {
        return TestDatabase.H2.open();
    }
}
