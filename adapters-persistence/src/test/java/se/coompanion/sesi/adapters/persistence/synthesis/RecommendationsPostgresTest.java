package se.coompanion.sesi.adapters.persistence.synthesis;

import se.coompanion.sesi.adapters.persistence.TestDatabase;

class RecommendationsPostgresTest extends RecommendationsContract {

    @Override
    protected TestDatabase kind() {
        return TestDatabase.POSTGRES;
    }
}
