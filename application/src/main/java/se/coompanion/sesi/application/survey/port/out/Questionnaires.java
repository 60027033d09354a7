package se.coompanion.sesi.application.survey.port.out;

import java.util.List;
import java.util.Optional;
import se.coompanion.sesi.domain.survey.QuestionnaireVersion;

/** Every version of the questionnaire loaded so far. */
public interface Questionnaires {

    /** The newest version. */
    Optional<QuestionnaireVersion> latest();

    Optional<QuestionnaireVersion> find(int number);

    /** All versions, oldest first. */
    List<QuestionnaireVersion> all();

    /** Stores the next version (its number is one more than the latest, or 1). */
    void add(QuestionnaireVersion version);
}
