package se.coompanion.sesi.adapters.persistence.synthesis;

import se.coompanion.sesi.adapters.persistence.TestDatabase;

class RecommendationsH2Test extends RecommendationsContract {

    @Override
    protected TestDatabase kind() {
        return TestDatabase.H2;
    }
}
