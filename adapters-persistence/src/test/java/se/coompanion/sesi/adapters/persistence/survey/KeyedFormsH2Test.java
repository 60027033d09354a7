package se.coompanion.sesi.adapters.persistence.survey;

import se.coompanion.sesi.adapters.persistence.TestDatabase;

class KeyedFormsH2Test extends KeyedFormsContract {

    @Override
    protected TestDatabase kind() {
        return TestDatabase.H2;
    }
}
