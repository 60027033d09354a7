package se.coompanion.sesi.application.survey.port.out;

import java.util.Objects;
import se.coompanion.sesi.domain.shared.LegalForm;
import se.coompanion.sesi.domain.shared.Municipality;
import se.coompanion.sesi.domain.survey.Disposition;

/**
 * How many units of the population in a municipality, of a legal form, have a disposition now.
 *
 * @param municipality where the units are
 * @param legalForm    their legal form
 * @param disposition  their disposition (UNKNOWN_NO_RETURN for units without any event)
 * @param units        how many
 */
public record OutcomeCount(Municipality municipality, LegalForm legalForm, Disposition disposition, long units) {

    public OutcomeCount {
        Objects.requireNonNull(municipality, "municipality");
        Objects.requireNonNull(legalForm, "legalForm");
        Objects.requireNonNull(disposition, "disposition");
    }
}
