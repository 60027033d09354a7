package se.coompanion.sesi.adapters.persistence.needs;

import se.coompanion.sesi.adapters.persistence.TestDatabase;
import se.coompanion.sesi.application.needs.port.out.NeedsAssessmentsContract;
import se.coompanion.sesi.application.testing.PortsUnderTest;

class NeedsAssessmentsPostgresTest extends NeedsAssessmentsContract {

    @Override
    protected PortsUnderTest open() {
        return TestDatabase.POSTGRES.open();
    }
}
