package se.coompanion.sesi.application.survey.port.in;

import jakarta.validation.constraints.NotNull;
import java.util.OptionalInt;
import se.coompanion.sesi.application.shared.TabularSource;
import se.coompanion.sesi.domain.survey.QuestionnaireVersion;

/**
 * Loads the questionnaire from a data dictionary ({@code variable,section,label,type,choices,required,min,max,
 * show_if}). A dictionary whose questions differ from the latest version becomes the next version; the same
 * questions again change nothing.
 */
public interface LoadQuestionnaire {

    Result load(Command command);

    /** @param dictionary the data dictionary's rows */
    record Command(@NotNull TabularSource dictionary) {
    }

    /**
     * @param version           the version now current (the new one, or the unchanged latest)
     * @param unchanged         true when the dictionary held the same questions as the latest version
     * @param mailedWithVersion the version printed on questionnaires already mailed, when a new version replaced it
     */
    record Result(QuestionnaireVersion version, boolean unchanged, OptionalInt mailedWithVersion) {
    }
}
