package se.coompanion.sesi.adapters.persistence.learning;

import se.coompanion.sesi.adapters.persistence.TestDatabase;

class LearningEvaluationsH2Test extends LearningEvaluationsContract {

    @Override
    protected TestDatabase kind() {
        return TestDatabase.H2;
    }
}
