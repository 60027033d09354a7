package se.coompanion.sesi.application.survey.port.in;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Optional;
import se.coompanion.sesi.domain.survey.Disposition;
import se.coompanion.sesi.domain.survey.entry.Disagreement;
import se.coompanion.sesi.domain.survey.entry.FormState;
import se.coompanion.sesi.domain.survey.entry.Resolution;

/**
 * Records the adjudicated value of a field after checking the paper form: it resolves a disagreement between the
 * passes, or corrects a keyed value. Who and when are recorded; the latest resolution of a field counts. Once every
 * disagreement of a form is resolved the form is checked as a whole again and, if usable, enters the analysis.
 */
public interface ResolveDisagreement {

    Result resolve(Command command);

    /**
     * @param responseId the unit's id (its check digit is checked)
     * @param variable   the question
     * @param value      the value as on the paper form; empty for no answer
     * @param resolvedBy who decides
     */
    record Command(@NotBlank String responseId, @NotBlank String variable, @NotNull String value,
            @NotBlank @Size(max = 100) String resolvedBy) {
    }

    /**
     * @param resolution  what was recorded; empty when the field already had this value
     * @param value       the field's value now (canonical)
     * @param settles     the disagreement it resolves; empty for a correction of a field the passes agreed on
     * @param state       where the form stands now
     * @param open        disagreements of the form still open
     * @param recorded    the disposition recorded, if it changed
     */
    record Result(Optional<Resolution> resolution, String value, Optional<Disagreement> settles, FormState state,
            int open, Optional<Disposition> recorded) {
    }
}
