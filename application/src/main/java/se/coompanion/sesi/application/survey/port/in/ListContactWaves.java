package se.coompanion.sesi.application.survey.port.in;

import java.util.List;
import se.coompanion.sesi.domain.survey.ContactWave;

/** The waves recorded so far. */
public interface ListContactWaves {

    /** Every wave, in the order recorded. */
    List<ContactWave> list();
}
