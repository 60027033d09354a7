package se.coompanion.sesi.adapters.persistence.statistics;

import se.coompanion.sesi.adapters.persistence.TestDatabase;

class StatisticalFiguresPostgresTest extends StatisticalFiguresContract {

    @Override
    protected TestDatabase kind() {
        return TestDatabase.POSTGRES;
    }
}
