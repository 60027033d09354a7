package se.coompanion.sesi.domain.prestudy;

import java.util.Objects;
import java.util.Optional;
import se.coompanion.sesi.domain.shared.CaseNumber;
import se.coompanion.sesi.domain.shared.DateRange;
import se.coompanion.sesi.domain.shared.DomainException;
import se.coompanion.sesi.domain.shared.Message;
import se.coompanion.sesi.domain.shared.OrganisationNumber;
import se.coompanion.sesi.domain.shared.Percentage;
import se.coompanion.sesi.domain.shared.PostalCode;

/**
 * The ESF+ facts of a project, as in the header of the funding decision. Codes such as the intervention
 * type (175) or the specific objective (D1) are stored as given: the software gives them no meaning.
 *
 * @param caseNumber              diarienummer, e.g. 23-032-S01
 * @param name                    the project's name
 * @param period                  start and end dates
 * @param country                 land som berörs
 * @param fund                    berörd fond, e.g. ESF+
 * @param programmeCci            the programme's CCI number, e.g. 2021SE05SFPR
 * @param ownerOrgNumber          projektägarens organisationsnummer
 * @param ownerName               projektägare
 * @param euCoFinancingRate       unionens medfinansieringsgrad
 * @param programmeArea           programområde, e.g. D
 * @param specificObjective       specifikt mål, e.g. D1
 * @param childPovertyTheme       sekundärtema: motverka barnfattigdom
 * @param regionName              region, e.g. Mellersta Norrland
 * @param nuts2Code               NUTS-2 code, e.g. SE32
 * @param beneficiaryPostalCode   stödmottagarens postnummer
 * @param beneficiaryTown         stödmottagarens ort
 * @param interventionType        interventionstyp, e.g. 175
 * @param participants            antal deltagare
 * @param strategicImportance     insats av strategisk betydelse
 * @param summary                 what the project will do, in a paragraph (may be empty)
 */
public record ProjectFacts(
        CaseNumber caseNumber,
        String name,
        DateRange period,
        String country,
        String fund,
        Optional<String> programmeCci,
        OrganisationNumber ownerOrgNumber,
        String ownerName,
        Optional<Percentage> euCoFinancingRate,
        Optional<String> programmeArea,
        Optional<String> specificObjective,
        boolean childPovertyTheme,
        Optional<String> regionName,
        Optional<String> nuts2Code,
        Optional<PostalCode> beneficiaryPostalCode,
        Optional<String> beneficiaryTown,
        Optional<String> interventionType,
        int participants,
        boolean strategicImportance,
        String summary) {

    public ProjectFacts {
        Objects.requireNonNull(caseNumber, "caseNumber");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(ownerOrgNumber, "ownerOrgNumber");
        name = required(name, "name");
        ownerName = required(ownerName, "ownerName");
        country = required(country, "country");
        fund = required(fund, "fund");
        programmeCci = blankAsEmpty(programmeCci);
        Objects.requireNonNull(euCoFinancingRate, "euCoFinancingRate");
        programmeArea = blankAsEmpty(programmeArea);
        specificObjective = blankAsEmpty(specificObjective);
        regionName = blankAsEmpty(regionName);
        nuts2Code = blankAsEmpty(nuts2Code);
        Objects.requireNonNull(beneficiaryPostalCode, "beneficiaryPostalCode");
        beneficiaryTown = blankAsEmpty(beneficiaryTown);
        interventionType = blankAsEmpty(interventionType);
        summary = summary == null ? "" : summary.strip();
        if (participants < 0) {
            throw new DomainException(Message.of(ProjectFacts.class, "facts.participants", participants));
        }
    }

    /** Facts of a project known only by its essentials; the rest can be added later. */
    public static ProjectFacts essentials(CaseNumber caseNumber, String name, DateRange period,
            OrganisationNumber ownerOrgNumber, String ownerName) {
        return new ProjectFacts(caseNumber, name, period, "Sverige", "ESF+", Optional.empty(), ownerOrgNumber,
                ownerName, Optional.empty(), Optional.empty(), Optional.empty(), false, Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), 0, false, "");
    }

    private static String required(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new DomainException(Message.of(ProjectFacts.class, "facts.required", field));
        }
        return value.strip();
    }

    private static Optional<String> blankAsEmpty(Optional<String> value) {
        Objects.requireNonNull(value);
        return value.map(String::strip).filter(v -> !v.isEmpty());
    }
}
