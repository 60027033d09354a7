package se.coompanion.sesi.adapters.persistence.shared;

import se.coompanion.sesi.adapters.persistence.TestDatabase;
import se.coompanion.sesi.application.shared.port.out.ImportLogContract;
import se.coompanion.sesi.application.testing.PortsUnderTest;

class ImportLogPostgresTest extends ImportLogContract {

    @Override
    protected PortsUnderTest open() {
        return TestDatabase.POSTGRES.open();
    }
}
