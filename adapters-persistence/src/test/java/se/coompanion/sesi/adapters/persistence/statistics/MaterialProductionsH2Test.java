package se.coompanion.sesi.adapters.persistence.statistics;

import se.coompanion.sesi.adapters.persistence.TestDatabase;

class MaterialProductionsH2Test extends MaterialProductionsContract {

    @Override
    protected TestDatabase kind() {
        return TestDatabase.H2;
    }
}
