package se.coompanion.sesi.application.survey.port.out;

import se.coompanion.sesi.application.testing.PortsUnderTest;

class QuestionnairesInMemoryTest extends QuestionnairesContract {

    @Override
    protected PortsUnderTest open() {
        return PortsUnderTest.inMemory();
    }
}
