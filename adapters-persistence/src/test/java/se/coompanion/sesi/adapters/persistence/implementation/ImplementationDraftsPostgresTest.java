package se.coompanion.sesi.adapters.persistence.implementation;

import se.coompanion.sesi.adapters.persistence.TestDatabase;
import se.coompanion.sesi.application.implementation.port.out.ImplementationDraftsContract;
import se.coompanion.sesi.application.testing.PortsUnderTest;

class ImplementationDraftsPostgresTest extends ImplementationDraftsContract {

    @Override
    protected PortsUnderTest open() {
        return TestDatabase.POSTGRES.open();
    }
}
