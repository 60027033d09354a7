package se.coompanion.sesi.adapters.persistence.seminar;

import se.coompanion.sesi.adapters.persistence.TestDatabase;
import se.coompanion.sesi.application.seminar.port.out.SeminarsContract;
import se.coompanion.sesi.application.testing.PortsUnderTest;

class SeminarsH2Test extends SeminarsContract {

    @Override
    protected PortsUnderTest open() {
        return TestDatabase.H2.open();
    }
}
