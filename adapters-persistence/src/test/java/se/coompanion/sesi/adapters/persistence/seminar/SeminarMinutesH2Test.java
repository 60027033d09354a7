package se.coompanion.sesi.adapters.persistence.seminar;

import se.coompanion.sesi.adapters.persistence.TestDatabase;

class SeminarMinutesH2Test extends SeminarMinutesContract {

    @Override
    protected TestDatabase kind() {
        return TestDatabase.H2;
    }
}
