package se.coompanion.sesi.adapters.persistence.stakeholder;

import se.coompanion.sesi.adapters.persistence.TestDatabase;

class StakeholderAssessmentsPostgresTest extends StakeholderAssessmentsContract {

    @Override
    protected TestDatabase kind() {
        return TestDatabase.POSTGRES;
    }
}
