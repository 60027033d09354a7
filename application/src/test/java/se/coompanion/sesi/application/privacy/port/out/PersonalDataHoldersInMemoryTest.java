package se.coompanion.sesi.application.privacy.port.out;

import se.coompanion.sesi.application.testing.PortsUnderTest;

class PersonalDataHoldersInMemoryTest extends PersonalDataHoldersContract {

    @Override
    protected PortsUnderTest open() {
        return PortsUnderTest.inMemory();
    }
}
