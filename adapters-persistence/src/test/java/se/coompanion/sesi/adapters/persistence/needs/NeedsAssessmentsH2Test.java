package se.coompanion.sesi.adapters.persistence.needs;

import se.coompanion.sesi.adapters.persistence.TestDatabase;

class NeedsAssessmentsH2Test extends NeedsAssessmentsContract {

    @Override
    protected TestDatabase kind() {
        return TestDatabase.H2;
    }
}
