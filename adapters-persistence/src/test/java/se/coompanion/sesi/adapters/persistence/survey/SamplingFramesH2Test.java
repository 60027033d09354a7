package se.coompanion.sesi.adapters.persistence.survey;

import se.coompanion.sesi.adapters.persistence.TestDatabase;

class SamplingFramesH2Test extends SamplingFramesContract {

    @Override
    protected TestDatabase kind() {
        return TestDatabase.H2;
    }
}
