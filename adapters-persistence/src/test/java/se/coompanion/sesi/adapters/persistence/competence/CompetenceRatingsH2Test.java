package se.coompanion.sesi.adapters.persistence.competence;

import se.coompanion.sesi.adapters.persistence.TestDatabase;

class CompetenceRatingsH2Test extends CompetenceRatingsContract {

    @Override
    protected TestDatabase kind() {
        return TestDatabase.H2;
    }
}
