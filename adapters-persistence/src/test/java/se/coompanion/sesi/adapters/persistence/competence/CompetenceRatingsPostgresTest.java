package se.coompanion.sesi.adapters.persistence.competence;

import se.coompanion.sesi.adapters.persistence.TestDatabase;

class CompetenceRatingsPostgresTest extends CompetenceRatingsContract {

    @Override
    protected TestDatabase kind() {
        return TestDatabase.POSTGRES;
    }
}
