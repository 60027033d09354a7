package se.coompanion.sesi.adapters.persistence.statistics;

import se.coompanion.sesi.adapters.persistence.TestDatabase;
import se.coompanion.sesi.application.statistics.port.out.MaterialProductionsContract;
import se.coompanion.sesi.application.testing.PortsUnderTest;

class MaterialProductionsH2Test extends MaterialProductionsContract {

    @Override
    protected PortsUnderTest open() {
        return TestDatabase.H2.open();
    }
}
