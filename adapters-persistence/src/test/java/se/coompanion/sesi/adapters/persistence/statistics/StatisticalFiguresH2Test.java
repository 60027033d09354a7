package se.coompanion.sesi.adapters.persistence.statistics;

import se.coompanion.sesi.adapters.persistence.TestDatabase;

class StatisticalFiguresH2Test extends StatisticalFiguresContract {

    @Override
    protected TestDatabase kind() {
        return TestDatabase.H2;
    }
}
