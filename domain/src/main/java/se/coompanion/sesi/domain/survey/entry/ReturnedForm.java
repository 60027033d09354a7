package se.coompanion.sesi.domain.survey.entry;

import java.util.List;
import java.util.Objects;
import se.coompanion.sesi.domain.shared.LegalForm;
import se.coompanion.sesi.domain.shared.Municipality;
import se.coompanion.sesi.domain.survey.ResponseId;
import se.coompanion.sesi.domain.survey.entry.Completeness;
import se.coompanion.sesi.domain.survey.entry.FormState;
import se.coompanion.sesi.domain.survey.results.AnswerRow;

/**
 * A keyed form's place on its way into the analysis, and for a usable one its analysis rows (the cleaned data set
 * the results and the export read). Kept up to date whenever a pass is keyed, a disagreement is resolved, the
 * double-entry setting changes or the unit's disposition is changed by hand.
 *
 * @param responseId   the unit
 * @param state        where the form stands
 * @param completeness how complete its answers (settled, else as first keyed) are
 * @param version      the questionnaire version it was keyed against
 * @param municipality the unit's municipality (the county is its first two digits)
 * @param legalForm    the unit's legal form
 * @param open         disagreements not yet resolved
 * @param rows         the analysis rows when usable; empty otherwise
 */
public record ReturnedForm(ResponseId responseId, FormState state, Completeness completeness, int version,
        Municipality municipality, LegalForm legalForm, int open, List<AnswerRow> rows) {

    public ReturnedForm {
        Objects.requireNonNull(responseId, "responseId");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(completeness, "completeness");
        Objects.requireNonNull(municipality, "municipality");
        Objects.requireNonNull(legalForm, "legalForm");
        rows = List.copyOf(rows);
        if (state != FormState.USABLE && !rows.isEmpty()) {
            throw new IllegalArgumentException("only a usable form has analysis rows: " + responseId);
        }
    }

    /** The same form without its rows (as listings return it). */
    public ReturnedForm withoutRows() {
        return new ReturnedForm(responseId, state, completeness, version, municipality, legalForm, open, List.of());
    }
}
