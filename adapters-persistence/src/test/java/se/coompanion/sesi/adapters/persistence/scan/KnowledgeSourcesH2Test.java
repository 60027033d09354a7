package se.coompanion.sesi.adapters.persistence.scan;

import se.coompanion.sesi.adapters.persistence.TestDatabase;
import se.coompanion.sesi.application.scan.port.out.KnowledgeSourcesContract;
import se.coompanion.sesi.application.testing.PortsUnderTest;

class KnowledgeSourcesH2Test extends KnowledgeSourcesContract {

    @Override
    protected PortsUnderTest open() {
        return TestDatabase.H2.open();
    }
}
