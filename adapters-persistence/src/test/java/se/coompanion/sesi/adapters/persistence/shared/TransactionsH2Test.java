package se.coompanion.sesi.adapters.persistence.shared;

import se.coompanion.sesi.adapters.persistence.TestDatabase;
import se.coompanion.sesi.application.shared.port.out.TransactionsContract;
import se.coompanion.sesi.application.testing.PortsUnderTest;

class TransactionsH2Test extends TransactionsContract {

    @Override
    protected PortsUnderTest open() {
        return TestDatabase.H2.open();
    }
}
