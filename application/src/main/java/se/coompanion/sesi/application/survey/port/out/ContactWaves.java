package se.coompanion.sesi.application.survey.port.out;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import se.coompanion.sesi.domain.survey.ContactWave;
import se.coompanion.sesi.domain.survey.ResponseId;
import se.coompanion.sesi.domain.survey.WaveType;

/** The mailings recorded, and who each went to. */
public interface ContactWaves {

    /** Every wave, in the order recorded. */
    List<ContactWave> all();

    /** Records a wave and its recipients (units of the population). */
    void add(ContactWave wave, List<ResponseId> recipients);

    /** For every unit that was sent anything: each kind of wave it was sent, with the first date. */
    Map<ResponseId, Map<WaveType, LocalDate>> sentByUnit();

    /** The waves a unit was sent, in the order recorded. */
    List<ContactWave> sentTo(ResponseId id);

    /** How many distinct units were sent a wave of the kind. */
    int unitsSent(WaveType type);

    /** For every unit sent a wave that carries the questionnaire: the versions it was sent, and when first. */
    Map<ResponseId, QuestionnaireSent> questionnairesSent();
}
