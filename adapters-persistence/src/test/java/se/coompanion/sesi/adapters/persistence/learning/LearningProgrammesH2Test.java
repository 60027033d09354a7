package se.coompanion.sesi.adapters.persistence.learning;

import se.coompanion.sesi.adapters.persistence.TestDatabase;

class LearningProgrammesH2Test extends LearningProgrammesContract {

    @Override
    protected TestDatabase kind() {
        return TestDatabase.H2;
    }
}
