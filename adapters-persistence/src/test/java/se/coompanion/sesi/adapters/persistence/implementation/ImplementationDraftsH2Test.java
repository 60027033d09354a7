package se.coompanion.sesi.adapters.persistence.implementation;

import se.coompanion.sesi.adapters.persistence.TestDatabase;
import se.coompanion.sesi.application.implementation.port.out.ImplementationDraftsContract;
import se.coompanion.sesi.application.testing.PortsUnderTest;

class ImplementationDraftsH2Test extends ImplementationDraftsContract {

    @Override
    protected PortsUnderTest open() {
        return TestDatabase.H2.open();
    }
}
