package se.coompanion.sesi.adapters.persistence.learning;

import se.coompanion.sesi.adapters.persistence.TestDatabase;
import se.coompanion.sesi.application.learning.port.out.LearningProgrammesContract;
import se.coompanion.sesi.application.testing.PortsUnderTest;

class LearningProgrammesPostgresTest extends LearningProgrammesContract {

    @Override
    protected PortsUnderTest open() {
        return TestDatabase.POSTGRES.open();
    }
}
