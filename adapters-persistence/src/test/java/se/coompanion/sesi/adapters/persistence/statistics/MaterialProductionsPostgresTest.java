package se.coompanion.sesi.adapters.persistence.statistics;

import se.coompanion.sesi.adapters.persistence.TestDatabase;
import se.coompanion.sesi.application.statistics.port.out.MaterialProductionsContract;
import se.coompanion.sesi.application.testing.PortsUnderTest;

class MaterialProductionsPostgresTest extends MaterialProductionsContract {

    @Override
    protected PortsUnderTest open() {
        return TestDatabase.POSTGRES.open();
    }
}
