package se.coompanion.sesi.adapters.persistence.competence;

import se.coompanion.sesi.adapters.persistence.TestDatabase;

class CompetenceFrameworksPostgresTest extends CompetenceFrameworksContract {

    @Override
    protected TestDatabase kind() {
        return TestDatabase.POSTGRES;
    }
}
