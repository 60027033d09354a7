package se.coompanion.sesi.adapters.persistence;

class UpgradePostgresTest extends UpgradeContract {

    @Override
    protected TestDatabase kind() {
        return TestDatabase.POSTGRES;
    }
}
