package se.coompanion.sesi.adapters.persistence.seminar;

import se.coompanion.sesi.adapters.persistence.TestDatabase;

class SeminarInvitationsPostgresTest extends SeminarInvitationsContract {

    @Override
    protected TestDatabase kind() {
        return TestDatabase.POSTGRES;
    }
}
