package se.coompanion.sesi.adapters.persistence.scan;

import se.coompanion.sesi.adapters.persistence.TestDatabase;

class KnowledgeSourcesH2Test extends KnowledgeSourcesContract {

    @Override
    protected TestDatabase kind() {
        return TestDatabase.H2;
    }
}
