package se.coompanion.sesi.application.survey.port.in;

import java.util.List;
import java.util.OptionalInt;
import se.coompanion.sesi.domain.survey.QuestionnaireVersion;

/** The questionnaire's versions. */
public interface ShowQuestionnaire {

    /** A version, or the latest when none is given; a {@code NotFoundException} when there is none. */
    QuestionnaireVersion show(OptionalInt version);

    /** Every version, oldest first. */
    List<QuestionnaireVersion> versions();
}
