package se.coompanion.sesi.adapters.persistence.survey;

import se.coompanion.sesi.adapters.persistence.TestDatabase;

class KeyedFormsPostgresTest extends KeyedFormsContract {

    @Override
    protected TestDatabase kind() {
        return TestDatabase.POSTGRES;
    }
}
