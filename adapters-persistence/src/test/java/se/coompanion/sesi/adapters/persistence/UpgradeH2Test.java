package se.coompanion.sesi.adapters.persistence;

class UpgradeH2Test extends UpgradeContract {

    @Override
    protected TestDatabase kind() {
        return TestDatabase.H2;
    }
}
