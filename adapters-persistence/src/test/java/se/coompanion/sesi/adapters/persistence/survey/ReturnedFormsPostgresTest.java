package se.coompanion.sesi.adapters.persistence.survey;

import se.coompanion.sesi.adapters.persistence.TestDatabase;

class ReturnedFormsPostgresTest extends ReturnedFormsContract {

    @Override
    protected TestDatabase kind() {
        return TestDatabase.POSTGRES;
    }
}
