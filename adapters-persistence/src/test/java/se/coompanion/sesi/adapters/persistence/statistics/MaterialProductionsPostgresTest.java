package se.coompanion.sesi.adapters.persistence.statistics;

import se.coompanion.sesi.adapters.persistence.TestDatabase;

class MaterialProductionsPostgresTest extends MaterialProductionsContract {

    @Override
    protected TestDatabase kind() {
        return TestDatabase.POSTGRES;
    }
}
