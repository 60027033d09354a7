package se.coompanion.sesi.adapters.persistence.survey;

import se.coompanion.sesi.adapters.persistence.TestDatabase;
import se.coompanion.sesi.application.survey.port.out.ContactWavesContract;
import se.coompanion.sesi.application.testing.PortsUnderTest;

class ContactWavesPostgresTest extends ContactWavesContract {

    @Override
    protected PortsUnderTest open() {
        return TestDatabase.POSTGRES.open();
    }
}
