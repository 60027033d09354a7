package se.coompanion.sesi.adapters.persistence.survey;

import se.coompanion.sesi.adapters.persistence.TestDatabase;

class DispositionEventsPostgresTest extends DispositionEventsContract {

    @Override
    protected TestDatabase kind() {
        return TestDatabase.POSTGRES;
    }
}
