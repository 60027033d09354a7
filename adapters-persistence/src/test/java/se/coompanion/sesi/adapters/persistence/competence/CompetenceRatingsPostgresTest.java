package se.coompanion.sesi.adapters.persistence.competence;

import se.coompanion.sesi.adapters.persistence.TestDatabase;
import se.coompanion.sesi.application.competence.port.out.CompetenceRatingsContract;
import se.coompanion.sesi.application.testing.PortsUnderTest;

class CompetenceRatingsPostgresTest extends CompetenceRatingsContract {

    @Override
    protected PortsUnderTest open() {
        return TestDatabase.POSTGRES.open();
    }
}
