package se.coompanion.sesi.adapters.persistence.competence;

import se.coompanion.sesi.adapters.persistence.TestDatabase;
import se.coompanion.sesi.application.competence.port.out.CompetenceFrameworksContract;
import se.coompanion.sesi.application.testing.PortsUnderTest;

class CompetenceFrameworksPostgresTest extends CompetenceFrameworksContract {

    @Override
    protected PortsUnderTest open() {
        return TestDatabase.POSTGRES.open();
    }
}
