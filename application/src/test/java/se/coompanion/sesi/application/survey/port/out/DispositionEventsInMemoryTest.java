package se.coompanion.sesi.application.survey.port.out;

import se.coompanion.sesi.application.testing.PortsUnderTest;

class DispositionEventsInMemoryTest extends DispositionEventsContract {

    @Override
    protected PortsUnderTest open() {
        return PortsUnderTest.inMemory();
    }
}
