package se.coompanion.sesi.adapters.persistence.survey;

import se.coompanion.sesi.adapters.persistence.TestDatabase;

class QuestionnairesH2Test extends QuestionnairesContract {

    @Override
    protected TestDatabase kind() {
        return TestDatabase.H2;
    }
}
