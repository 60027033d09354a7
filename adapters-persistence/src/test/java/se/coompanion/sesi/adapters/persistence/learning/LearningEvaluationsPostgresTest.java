package se.coompanion.sesi.adapters.persistence.learning;

import se.coompanion.sesi.adapters.persistence.TestDatabase;

class LearningEvaluationsPostgresTest extends LearningEvaluationsContract {

    @Override
    protected TestDatabase kind() {
        return TestDatabase.POSTGRES;
    }
}
