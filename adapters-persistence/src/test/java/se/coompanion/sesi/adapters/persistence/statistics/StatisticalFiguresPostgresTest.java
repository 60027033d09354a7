package se.coompanion.sesi.adapters.persistence.statistics;

import se.coompanion.sesi.adapters.persistence.TestDatabase;
import se.coompanion.sesi.application.statistics.port.out.StatisticalFiguresContract;
import se.coompanion.sesi.application.testing.PortsUnderTest;

class StatisticalFiguresPostgresTest extends StatisticalFiguresContract {

    @Override
    protected PortsUnderTest open() {
        return TestDatabase.POSTGRES.open();
    }
}
