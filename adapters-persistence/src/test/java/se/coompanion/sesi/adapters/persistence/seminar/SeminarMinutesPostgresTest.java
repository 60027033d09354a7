package se.coompanion.sesi.adapters.persistence.seminar;

import se.coompanion.sesi.adapters.persistence.TestDatabase;

class SeminarMinutesPostgresTest extends SeminarMinutesContract {

    @Override
    protected TestDatabase kind() {
        return TestDatabase.POSTGRES;
    }
}
