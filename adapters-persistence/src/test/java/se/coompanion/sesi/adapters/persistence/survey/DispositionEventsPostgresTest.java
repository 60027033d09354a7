package se.coompanion.sesi.adapters.persistence.survey;

import se.coompanion.sesi.adapters.persistence.TestDatabase;
import se.coompanion.sesi.application.survey.port.out.DispositionEventsContract;
import se.coompanion.sesi.application.testing.PortsUnderTest;

class DispositionEventsPostgresTest extends DispositionEventsContract {

    @Override
    protected PortsUnderTest open() {
        return TestDatabase.POSTGRES.open();
    }
}
