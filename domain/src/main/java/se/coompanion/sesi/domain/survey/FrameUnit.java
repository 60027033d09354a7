package se.coompanion.sesi.domain.survey;

import java.util.Objects;
import java.util.Optional;
import se.coompanion.sesi.domain.shared.County;
import se.coompanion.sesi.domain.shared.DomainException;
import se.coompanion.sesi.domain.shared.LegalForm;
import se.coompanion.sesi.domain.shared.Message;
import se.coompanion.sesi.domain.shared.Municipality;
import se.coompanion.sesi.domain.shared.OrganisationNumber;

/**
 * One row of the sampling frame: an association, where to mail it, and whether it is in the survey population.
 * A unit of the population has a response id; a unit outside it has none (it is kept, flagged, never mailed).
 *
 * @param responseId       the id on its questionnaire; present exactly when the unit is eligible
 * @param orgNumber        organisationsnummer, unique in the frame
 * @param name             the association's name
 * @param legalForm        its legal form
 * @param businessActivity whether it runs a business, as the frame says
 * @param address          its postal address
 * @param municipality     the municipality it is registered in
 * @param eligibility      whether it is in the survey population
 */
public record FrameUnit(Optional<ResponseId> responseId, OrganisationNumber orgNumber, String name,
        LegalForm legalForm, BusinessActivity businessActivity, MailingAddress address, Municipality municipality,
        FrameEligibility eligibility) {

    /** Longest name accepted. */
    public static final int MAX_NAME = 300;

    public FrameUnit {
        Objects.requireNonNull(responseId, "responseId");
        Objects.requireNonNull(orgNumber, "orgNumber");
        Objects.requireNonNull(legalForm, "legalForm");
        Objects.requireNonNull(businessActivity, "businessActivity");
        Objects.requireNonNull(address, "address");
        Objects.requireNonNull(municipality, "municipality");
        Objects.requireNonNull(eligibility, "eligibility");
        name = checkedName(name);
        if (responseId.isPresent() != eligibility.isEligible()) {
            throw new IllegalArgumentException("a frame unit has a response id exactly when it is eligible: "
                    + orgNumber);
        }
    }

    /** The name as the frame gives it: required, at most {@value #MAX_NAME} characters. */
    public static String checkedName(String name) {
        if (name == null || name.isBlank()) {
            throw new DomainException(Message.of(FrameUnit.class, "unit.nameRequired"));
        }
        String stripped = name.strip();
        if (stripped.length() > MAX_NAME) {
            throw new DomainException(Message.of(FrameUnit.class, "unit.nameTooLong", stripped.length(), MAX_NAME));
        }
        return stripped;
    }

    public County county() {
        return municipality.county();
    }

    public boolean isEligible() {
        return eligibility.isEligible();
    }

    /** The same unit with its response id, given when it joins the population. */
    public FrameUnit withResponseId(ResponseId id) {
        return new FrameUnit(Optional.of(id), orgNumber, name, legalForm, businessActivity, address, municipality,
                eligibility);
    }
}
