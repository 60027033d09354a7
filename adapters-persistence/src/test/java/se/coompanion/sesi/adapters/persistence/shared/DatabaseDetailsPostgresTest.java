package se.coompanion.sesi.adapters.persistence.shared;

import se.coompanion.sesi.adapters.persistence.TestDatabase;
import se.coompanion.sesi.application.shared.port.out.DatabaseDetailsContract;
import se.coompanion.sesi.application.testing.PortsUnderTest;

class DatabaseDetailsPostgresTest extends DatabaseDetailsContract {

    @Override
    protected PortsUnderTest open() {
        return TestDatabase.POSTGRES.open();
    }
}
