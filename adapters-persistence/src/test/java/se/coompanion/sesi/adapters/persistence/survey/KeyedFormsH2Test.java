package se.coompanion.sesi.adapters.persistence.survey;

import se.coompanion.sesi.adapters.persistence.TestDatabase;
import se.coompanion.sesi.application.survey.port.out.KeyedFormsContract;
import se.coompanion.sesi.application.testing.PortsUnderTest;

class KeyedFormsH2Test extends KeyedFormsContract {

    @Override
    protected PortsUnderTest open() {
        return TestDatabase.H2.open();
    }
}
