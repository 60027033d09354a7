package se.coompanion.sesi.adapters.persistence.stakeholder;

import se.coompanion.sesi.adapters.persistence.TestDatabase;

class StakeholderAssessmentsH2Test extends StakeholderAssessmentsContract {

    @Override
    protected TestDatabase kind() {
        return TestDatabase.H2;
    }
}
