package se.coompanion.sesi.adapters.persistence.survey;

import com.google.common.collect.ImmutableSet;
import java.util.Optional;
import java.util.Set;
import se.coompanion.sesi.domain.survey.FrameEntry;
import se.coompanion.sesi.domain.shared.LegalForm;
import se.coompanion.sesi.domain.shared.Municipality;
import se.coompanion.sesi.domain.shared.OrganisationNumber;
import se.coompanion.sesi.domain.shared.PostalCode;
import se.coompanion.sesi.domain.survey.BusinessActivity;
import se.coompanion.sesi.domain.survey.ExclusionReason;
import se.coompanion.sesi.domain.survey.FrameEligibility;
import se.coompanion.sesi.domain.survey.FrameUnit;
import se.coompanion.sesi.domain.survey.MailingAddress;
import se.coompanion.sesi.domain.survey.ResponseId;

/** Frame units for the contract tests. */
final class SurveyUnits {

    private SurveyUnits() {
    }

    static OrganisationNumber orgNumber(int group, int n) {
        String nine = String.format("%d02%06d", group, n);
        return new OrganisationNumber(nine + OrganisationNumber.checkDigit(nine));
    }

    /** A unit of the population: an ekonomisk förening with response id n, in the municipality. */
    static FrameEntry member(int n, String municipality) {
        return new FrameEntry(new FrameUnit(Optional.of(ResponseId.of(n)), orgNumber(7, n), "Förening " + n,
                LegalForm.EKONOMISK_FORENING, BusinessActivity.YES, new MailingAddress(Optional.of("Kassören"),
                        "Byvägen " + n, PostalCode.parse("840 70"), "Hammarstrand"),
                Municipality.of(municipality), FrameEligibility.eligible()), "ram.csv", n + 1);
    }

    /** An ideell förening of unknown business activity: in the population, to be confirmed. */
    static FrameEntry unconfirmed(int n, String municipality) {
        return new FrameEntry(new FrameUnit(Optional.of(ResponseId.of(n)), orgNumber(8, n), "Ideell " + n,
                LegalForm.IDEELL_FORENING, BusinessActivity.UNKNOWN, new MailingAddress(Optional.empty(),
                        "Box " + n, PostalCode.parse("831 30"), "Östersund"),
                Municipality.of(municipality), new FrameEligibility(ImmutableSet.of(), true)), "ram.csv", n + 1);
    }

    /** A row kept outside the population. */
    static FrameEntry outside(int n, int line, Set<ExclusionReason> reasons) {
        return new FrameEntry(new FrameUnit(Optional.empty(), orgNumber(5, n), "Bolaget " + n, LegalForm.AKTIEBOLAG,
                BusinessActivity.YES, new MailingAddress(Optional.empty(), "Storgatan 1", PostalCode.parse("901 84"),
                        "Umeå"), Municipality.of("2480"), FrameEligibility.excluded(reasons)), "ram.csv", line);
    }
}
