package se.coompanion.sesi.adapters.persistence.survey;

import se.coompanion.sesi.adapters.persistence.TestDatabase;

class ContactWavesH2Test extends ContactWavesContract {

    @Override
    protected TestDatabase kind() {
        return TestDatabase.H2;
    }
}
