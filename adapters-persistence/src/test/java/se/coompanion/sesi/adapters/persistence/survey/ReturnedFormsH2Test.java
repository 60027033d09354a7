package se.coompanion.sesi.adapters.persistence.survey;

import se.coompanion.sesi.adapters.persistence.TestDatabase;

class ReturnedFormsH2Test extends ReturnedFormsContract {

    @Override
    protected TestDatabase kind() {
        return TestDatabase.H2;
    }
}
