package se.coompanion.sesi.adapters.persistence.prestudy;

import se.coompanion.sesi.adapters.persistence.TestDatabase;
import se.coompanion.sesi.application.prestudy.port.out.PreStudiesContract;
import se.coompanion.sesi.application.testing.PortsUnderTest;

class PreStudiesH2Test extends PreStudiesContract {

    @Override
    protected PortsUnderTest open() {
        return TestDatabase.H2.open();
    }
}
