package se.coompanion.sesi.adapters.persistence.actor;

import se.coompanion.sesi.adapters.persistence.TestDatabase;

class ContactsPostgresTest extends ContactsContract {

    @Override
    protected TestDatabase kind() {
        return TestDatabase.POSTGRES;
    }
}
