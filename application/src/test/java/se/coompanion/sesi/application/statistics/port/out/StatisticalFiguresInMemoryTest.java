package se.coompanion.sesi.application.statistics.port.out;

import se.coompanion.sesi.application.testing.PortsUnderTest;

class StatisticalFiguresInMemoryTest extends StatisticalFiguresContract {

    @Override
    protected PortsUnderTest open() {
        return PortsUnderTest.inMemory();
    }
}
