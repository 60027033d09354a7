package se.coompanion.sesi.application.seminar.port.out;

import se.coompanion.sesi.application.testing.PortsUnderTest;

class SeminarInvitationsInMemoryTest extends SeminarInvitationsContract {

    @Override
    protected PortsUnderTest open() {
        return PortsUnderTest.inMemory();
    }
}
