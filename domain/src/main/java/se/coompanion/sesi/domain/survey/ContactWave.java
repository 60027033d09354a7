package se.coompanion.sesi.domain.survey;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * A mailing that was prepared and recorded: which contact of the sequence, its date, how many units it went to,
 * and for a wave that carries the questionnaire the version printed (so that each return is keyed against the
 * version its unit received).
 *
 * @param number               1, 2, ... in the order recorded
 * @param type                 which contact
 * @param sentOn               the mailing date
 * @param recipients           the number of units it went to
 * @param questionnaireVersion the version printed, for a wave that carries the questionnaire
 * @param recordedAt           when it was recorded
 */
public record ContactWave(int number, WaveType type, LocalDate sentOn, int recipients,
        OptionalInt questionnaireVersion, Instant recordedAt) {

    public ContactWave {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(sentOn, "sentOn");
        Objects.requireNonNull(questionnaireVersion, "questionnaireVersion");
        Objects.requireNonNull(recordedAt, "recordedAt");
        if (number < 1 || recipients < 1) {
            throw new IllegalArgumentException("a wave has a number and at least one recipient");
        }
        if (questionnaireVersion.isPresent() != type.carriesQuestionnaire()) {
            throw new IllegalArgumentException("a questionnaire version belongs exactly to a wave that carries one");
        }
    }
}
