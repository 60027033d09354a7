package se.coompanion.sesi.adapters.persistence.scan;

import se.coompanion.sesi.adapters.persistence.TestDatabase;
import se.coompanion.sesi.application.scan.port.out.FindingsContract;
import se.coompanion.sesi.application.testing.PortsUnderTest;

class FindingsPostgresTest extends FindingsContract {

    @Override
    protected PortsUnderTest open() {
        return TestDatabase.POSTGRES.open();
    }
}
