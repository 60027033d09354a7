package se.coompanion.sesi.adapters.persistence.prestudy;

import se.coompanion.sesi.adapters.persistence.TestDatabase;

class PreStudiesH2Test extends PreStudiesContract {

    @Override
    protected TestDatabase kind() {
        return TestDatabase.H2;
    }
}
