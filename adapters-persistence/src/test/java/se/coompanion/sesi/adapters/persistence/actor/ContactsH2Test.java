package se.coompanion.sesi.adapters.persistence.actor;

import se.coompanion.sesi.adapters.persistence.TestDatabase;

class ContactsH2Test extends ContactsContract {

    @Override
    protected TestDatabase kind() {
        return TestDatabase.H2;
    }
}
