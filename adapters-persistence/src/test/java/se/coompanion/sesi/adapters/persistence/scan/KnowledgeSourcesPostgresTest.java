package se.coompanion.sesi.adapters.persistence.scan;

import se.coompanion.sesi.adapters.persistence.TestDatabase;

class KnowledgeSourcesPostgresTest extends KnowledgeSourcesContract {

    @Override
    protected TestDatabase kind() {
        return TestDatabase.POSTGRES;
    }
}
