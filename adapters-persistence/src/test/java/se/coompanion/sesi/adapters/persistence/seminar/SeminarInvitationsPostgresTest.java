package se.coompanion.sesi.adapters.persistence.seminar;

import se.coompanion.sesi.adapters.persistence.TestDatabase;
import se.coompanion.sesi.application.seminar.port.out.SeminarInvitationsContract;
import se.coompanion.sesi.application.testing.PortsUnderTest;

class SeminarInvitationsPostgresTest extends SeminarInvitationsContract {

    @Override
    protected PortsUnderTest open() {
        return TestDatabase.POSTGRES.open();
    }
}
