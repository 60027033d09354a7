package se.coompanion.sesi.adapters.persistence.prestudy;

import se.coompanion.sesi.adapters.persistence.TestDatabase;

class PreStudiesPostgresTest extends PreStudiesContract {

    @Override
    protected TestDatabase kind() {
        return TestDatabase.POSTGRES;
    }
}
