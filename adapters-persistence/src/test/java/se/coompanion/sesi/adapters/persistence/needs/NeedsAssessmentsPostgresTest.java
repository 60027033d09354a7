package se.coompanion.sesi.adapters.persistence.needs;

import se.coompanion.sesi.adapters.persistence.TestDatabase;

class NeedsAssessmentsPostgresTest extends NeedsAssessmentsContract {

    @Override
    protected TestDatabase kind() {
        return TestDatabase.POSTGRES;
    }
}
