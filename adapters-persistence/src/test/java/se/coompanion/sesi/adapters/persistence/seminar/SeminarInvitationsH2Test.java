package se.coompanion.sesi.adapters.persistence.seminar;

import se.coompanion.sesi.adapters.persistence.TestDatabase;

class SeminarInvitationsH2Test extends SeminarInvitationsContract {

    @Override
    protected TestDatabase kind() {
        return TestDatabase.H2;
    }
}
