package se.coompanion.sesi.application.shared.port.out;

import se.coompanion.sesi.application.testing.PortsUnderTest;

class TransactionsInMemoryTest extends TransactionsContract {

    @Override
    protected PortsUnderTest open() {
        return PortsUnderTest.inMemory();
    }
}
