package se.coompanion.sesi.adapters.persistence;

class BatchInsertPostgresTest extends BatchInsertContract {

    @Override
    protected TestDatabase kind() {
        return TestDatabase.POSTGRES;
    }
}
