package se.coompanion.sesi.domain.survey;

import java.time.Instant;
import java.util.Objects;

/**
 * A version of the questionnaire as loaded. Loading a dictionary whose questions differ from the latest version
 * makes the next version; the versions are kept, so that each return is keyed against the version printed on the
 * form its unit received (recorded with every wave that carries a questionnaire).
 *
 * @param number        1, 2, ...
 * @param questionnaire the questions
 * @param source        the file it was loaded from
 * @param loadedAt      when
 */
public record QuestionnaireVersion(int number, Questionnaire questionnaire, String source, Instant loadedAt) {

    public QuestionnaireVersion {
        Objects.requireNonNull(questionnaire, "questionnaire");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(loadedAt, "loadedAt");
        if (number < 1) {
            throw new IllegalArgumentException("version numbers start at 1: " + number);
        }
    }
}
