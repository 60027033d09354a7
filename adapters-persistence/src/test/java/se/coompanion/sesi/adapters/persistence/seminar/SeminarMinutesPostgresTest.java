package se.coompanion.sesi.adapters.persistence.seminar;

import se.coompanion.sesi.adapters.persistence.TestDatabase;
import se.coompanion.sesi.application.seminar.port.out.SeminarMinutesContract;
import se.coompanion.sesi.application.testing.PortsUnderTest;

class SeminarMinutesPostgresTest extends SeminarMinutesContract {

    @Override
    protected PortsUnderTest open() {
        return TestDatabase.POSTGRES.open();
    }
}
