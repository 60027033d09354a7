package se.coompanion.sesi.application.survey.port.in;

import java.util.List;
import se.coompanion.sesi.domain.survey.entry.Disagreement;

/**
 * Compares the two passes of double data entry: every disagreement (response id, variable, pass 1, pass 2) and
 * the agreement rate, agreeing fields / fields compared, where the fields compared are every question of the
 * questionnaire version of each form keyed in both passes (answered or not; a field empty in both passes agrees).
 */
public interface CompareEntries {

    Result compare(Query query);

    /** @param openOnly list only the disagreements not yet resolved */
    record Query(boolean openOnly) {
    }

    /**
     * @param disagreements  in response-id order, then in the order of the questions
     * @param formsCompared  forms keyed in both passes
     * @param fieldsCompared every question of each such form's version
     * @param fieldsAgreeing fields whose two passes are equal
     * @param disagreeing    fields whose passes differ (resolved or not)
     * @param open           of those, not yet resolved
     * @param firstOnly      forms keyed in pass 1 only
     * @param secondOnly     forms keyed in pass 2 only
     * @param samePerson     forms whose two passes were keyed by the same person (not independent)
     * @param doubleEntry    whether double entry is on
     */
    record Result(List<Disagreement> disagreements, long formsCompared, long fieldsCompared, long fieldsAgreeing,
            long disagreeing, long open, long firstOnly, long secondOnly, long samePerson, boolean doubleEntry) {

        public Result {
            disagreements = List.copyOf(disagreements);
        }

        /** agreeing / compared; NaN when nothing was compared. */
        public double agreementRate() {
            return fieldsCompared == 0 ? Double.NaN : (double) fieldsAgreeing / fieldsCompared;
        }
    }
}
