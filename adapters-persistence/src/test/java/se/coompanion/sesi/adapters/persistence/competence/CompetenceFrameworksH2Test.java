package se.coompanion.sesi.adapters.persistence.competence;

import se.coompanion.sesi.adapters.persistence.TestDatabase;

class CompetenceFrameworksH2Test extends CompetenceFrameworksContract {

    @Override
    protected TestDatabase kind() {
        return TestDatabase.H2;
    }
}
