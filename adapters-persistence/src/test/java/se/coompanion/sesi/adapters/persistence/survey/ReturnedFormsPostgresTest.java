package se.coompanion.sesi.adapters.persistence.survey;

import se.coompanion.sesi.adapters.persistence.TestDatabase;
import se.coompanion.sesi.application.survey.port.out.ReturnedFormsContract;
import se.coompanion.sesi.application.testing.PortsUnderTest;

class ReturnedFormsPostgresTest extends ReturnedFormsContract {

    @Override
    protected PortsUnderTest open() {
        return TestDatabase.POSTGRES.open();
    }
}
