package se.coompanion.sesi.adapters.persistence.scan;

import se.coompanion.sesi.adapters.persistence.TestDatabase;
import se.coompanion.sesi.application.scan.port.out.KnowledgeSourcesContract;
import se.coompanion.sesi.application.testing.PortsUnderTest;

class KnowledgeSourcesPostgresTest extends KnowledgeSourcesContract {

    @Override
    protected PortsUnderTest open() {
        return TestDatabase.POSTGRES.open();
    }
}
