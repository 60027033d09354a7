package se.coompanion.sesi.application.survey.port.out;

import se.coompanion.sesi.application.testing.PortsUnderTest;

class ContactWavesInMemoryTest extends ContactWavesContract {

    @Override
    protected PortsUnderTest open() {
        return PortsUnderTest.inMemory();
    }
}
