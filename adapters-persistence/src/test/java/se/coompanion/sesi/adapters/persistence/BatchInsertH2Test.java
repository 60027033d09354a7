package se.coompanion.sesi.adapters.persistence;

class BatchInsertH2Test extends BatchInsertContract {

    @Override
    protected TestDatabase kind() {
        return TestDatabase.H2;
    }
}
