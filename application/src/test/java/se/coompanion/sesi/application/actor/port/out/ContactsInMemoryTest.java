package se.coompanion.sesi.application.actor.port.out;

import se.coompanion.sesi.application.testing.PortsUnderTest;

class ContactsInMemoryTest extends ContactsContract {

    @Override
    protected PortsUnderTest open() {
        return PortsUnderTest.inMemory();
    }
}
