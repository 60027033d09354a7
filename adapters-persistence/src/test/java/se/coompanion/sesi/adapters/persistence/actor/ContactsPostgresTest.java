package se.coompanion.sesi.adapters.persistence.actor;

import se.coompanion.sesi.adapters.persistence.TestDatabase;
import se.coompanion.sesi.application.actor.port.out.ContactsContract;
import se.coompanion.sesi.application.testing.PortsUnderTest;

class ContactsPostgresTest extends ContactsContract {

    @Override
    protected PortsUnderTest open() {
        return TestDatabase.POSTGRES.open();
    }
}
