package se.coompanion.sesi.domain.survey.results;

import java.util.Objects;
import se.coompanion.sesi.domain.shared.LegalForm;
import se.coompanion.sesi.domain.shared.Municipality;
import se.coompanion.sesi.domain.survey.ResponseId;
import se.coompanion.sesi.domain.survey.entry.Completeness;
import se.coompanion.sesi.domain.survey.entry.FormAnswers;

/**
 * A usable return as exported: the unit's attributes and its settled answers.
 *
 * @param responseId   the unit
 * @param version      the questionnaire version it was keyed against
 * @param completeness complete or partial
 * @param municipality the unit's municipality
 * @param legalForm    the unit's legal form
 * @param answers      the settled answers
 */
public record UsableReturn(ResponseId responseId, int version, Completeness completeness, Municipality municipality,
        LegalForm legalForm, FormAnswers answers) {

    public UsableReturn {
        Objects.requireNonNull(responseId, "responseId");
        Objects.requireNonNull(completeness, "completeness");
        Objects.requireNonNull(municipality, "municipality");
        Objects.requireNonNull(legalForm, "legalForm");
        Objects.requireNonNull(answers, "answers");
    }
}
