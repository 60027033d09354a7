package se.coompanion.sesi.adapters.persistence.survey;

import se.coompanion.sesi.adapters.persistence.TestDatabase;
import se.coompanion.sesi.application.survey.port.out.QuestionnairesContract;
import se.coompanion.sesi.application.testing.PortsUnderTest;

class QuestionnairesH2Test extends QuestionnairesContract {

    @Override
    protected PortsUnderTest open() {
        return TestDatabase.H2.open();
    }
}
