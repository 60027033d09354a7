package se.coompanion.sesi.adapters.persistence.shared;

import se.coompanion.sesi.adapters.persistence.TestDatabase;
import se.coompanion.sesi.application.shared.port.out.TransactionsContract;
import se.coompanion.sesi.application.testing.PortsUnderTest;

class TransactionsPostgresTest extends TransactionsContract {

    @Override
    protected PortsUnderTest open() {
        return TestDatabase.POSTGRES.open();
    }
}
