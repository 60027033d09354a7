package se.coompanion.sesi.application.scan.port.out;

import se.coompanion.sesi.application.testing.PortsUnderTest;

class KnowledgeSourcesInMemoryTest extends KnowledgeSourcesContract {

    @Override
    protected PortsUnderTest open() {
        return PortsUnderTest.inMemory();
    }
}
