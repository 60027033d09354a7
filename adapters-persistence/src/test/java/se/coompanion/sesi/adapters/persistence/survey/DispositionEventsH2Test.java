package se.coompanion.sesi.adapters.persistence.survey;

import se.coompanion.sesi.adapters.persistence.TestDatabase;

class DispositionEventsH2Test extends DispositionEventsContract {

    @Override
    protected TestDatabase kind() {
        return TestDatabase.H2;
    }
}
