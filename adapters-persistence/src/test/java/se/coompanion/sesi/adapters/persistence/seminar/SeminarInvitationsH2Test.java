package se.coompanion.sesi.adapters.persistence.seminar;

import se.coompanion.sesi.adapters.persistence.TestDatabase;
import se.coompanion.sesi.application.seminar.port.out.SeminarInvitationsContract;
import se.coompanion.sesi.application.testing.PortsUnderTest;

class SeminarInvitationsH2Test extends SeminarInvitationsContract {

    @Override
    protected PortsUnderTest open() {
        return TestDatabase.H2.open();
    }
}
