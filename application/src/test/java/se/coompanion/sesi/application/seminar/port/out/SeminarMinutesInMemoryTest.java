package se.coompanion.sesi.application.seminar.port.out;

import se.coompanion.sesi.application.testing.PortsUnderTest;

class SeminarMinutesInMemoryTest extends SeminarMinutesContract {

    @Override
    protected PortsUnderTest open() {
        return PortsUnderTest.inMemory();
    }
}
