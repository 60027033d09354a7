package se.coompanion.sesi.adapters.persistence.stakeholder;

import se.coompanion.sesi.adapters.persistence.TestDatabase;
import se.coompanion.sesi.application.stakeholder.port.out.StakeholderAssessmentsContract;
import se.coompanion.sesi.application.testing.PortsUnderTest;

class StakeholderAssessmentsH2Test extends StakeholderAssessmentsContract {

    @Override
    protected PortsUnderTest open() {
        return TestDatabase.H2.open();
    }
}
