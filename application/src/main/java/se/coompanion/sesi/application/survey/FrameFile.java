package se.coompanion.sesi.application.survey;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import se.coompanion.sesi.application.shared.Column;
import se.coompanion.sesi.application.shared.DuplicateCheck;
import se.coompanion.sesi.application.shared.RowImport;
import se.coompanion.sesi.application.shared.RowReading;
import se.coompanion.sesi.domain.shared.County;
import se.coompanion.sesi.domain.shared.LegalForm;
import se.coompanion.sesi.domain.shared.Message;
import se.coompanion.sesi.domain.shared.Municipality;
import se.coompanion.sesi.domain.shared.OrganisationNumber;
import se.coompanion.sesi.domain.shared.PostalCode;
import se.coompanion.sesi.domain.survey.BusinessActivity;
import se.coompanion.sesi.domain.survey.FrameEligibility;
import se.coompanion.sesi.domain.survey.FrameUnit;
import se.coompanion.sesi.domain.survey.MailingAddress;
import se.coompanion.sesi.domain.survey.ResponseId;

/**
 * The sampling-frame file (cli.md, "Sampling frame"): its columns, how a row is read and checked, and the
 * eligibility of each row against the pre-study's region.
 */
final class FrameFile {

    /** The import's name in the import log. */
    static final String KIND = "survey-frame";

    static final Column ORG_NUMBER = Column.required("organisationsnummer", "org_number");
    static final Column NAME = Column.required("namn", "name");
    static final Column LEGAL_FORM = Column.required("juridisk_form", "legal_form");
    static final Column BUSINESS_ACTIVITY = Column.optional("naringsverksamhet", "business_activity");
    static final Column CARE_OF = Column.optional("co_adress", "care_of");
    static final Column STREET = Column.required("utdelningsadress", "street");
    static final Column POSTAL_CODE = Column.required("postnummer", "postal_code");
    static final Column TOWN = Column.required("postort", "town");
    static final Column MUNICIPALITY = Column.required("kommunkod", "municipality_code");
    static final List<Column> COLUMNS = List.of(ORG_NUMBER, NAME, LEGAL_FORM, BUSINESS_ACTIVITY, CARE_OF, STREET,
            POSTAL_CODE, TOWN, MUNICIPALITY);

    /**
     * A valid row of the file, before it has a response id.
     *
     * @param line the line in the file
     */
    record Row(int line, OrganisationNumber orgNumber, String name, LegalForm legalForm,
            BusinessActivity businessActivity, MailingAddress address, Municipality municipality,
            FrameEligibility eligibility) {

        FrameUnit unit(Optional<ResponseId> id) {
            return new FrameUnit(id, orgNumber, name, legalForm, businessActivity, address, municipality, eligibility);
        }
    }

    private final Set<County> region;
    private final long[] stored;

    /**
     * @param region the pre-study's counties
     * @param stored the organisationsnummer already in the frame, sorted ({@code SamplingFrames.organisationNumbers})
     */
    FrameFile(Set<County> region, long[] stored) {
        this.region = Set.copyOf(region);
        this.stored = Objects.requireNonNull(stored);
    }

    RowImport<Row> rowImport() {
        return new RowImport<>(KIND, COLUMNS, this::read,
                () -> DuplicateCheck.byCompactKey(row -> row.orgNumber().asLong(), FrameFile::shown),
                d -> Message.of(FrameFile.class, "frame.duplicate", d.key(), d.firstLine()));
    }

    private Row read(RowReading row) {
        OrganisationNumber orgNumber = row.required(ORG_NUMBER, OrganisationNumber::parse);
        String name = row.required(NAME, FrameUnit::checkedName);
        LegalForm legalForm = row.required(LEGAL_FORM, LegalForm::parse);
        BusinessActivity activity = row.optional(BUSINESS_ACTIVITY, BusinessActivity::parse)
                .orElse(BusinessActivity.UNKNOWN);
        Optional<String> careOf = row.optional(CARE_OF, v -> MailingAddress.checkedLine("careOf", v,
                MailingAddress.MAX_LINE));
        String street = row.required(STREET, v -> MailingAddress.checkedLine("street", v, MailingAddress.MAX_LINE));
        PostalCode postalCode = row.required(POSTAL_CODE, PostalCode::parse);
        String town = row.required(TOWN, v -> MailingAddress.checkedLine("town", v, MailingAddress.MAX_TOWN));
        Municipality municipality = row.required(MUNICIPALITY, Municipality::of);
        if (orgNumber != null && Arrays.binarySearch(stored, orgNumber.asLong()) >= 0) {
            row.problem(ORG_NUMBER, Message.of(FrameFile.class, "frame.alreadyStored", orgNumber.formatted()));
        }
        if (!row.ok()) {
            return null;
        }
        if (!legalForm.usualGroup(orgNumber)) {
            row.warn(ORG_NUMBER, Message.of(FrameFile.class, "frame.unusualGroup", orgNumber.formatted(),
                    orgNumber.group(), legalForm.swedishName()));
        }
        return new Row(row.line(), orgNumber, name, legalForm, activity,
                new MailingAddress(careOf, street, postalCode, town), municipality,
                FrameEligibility.assess(legalForm, activity, municipality, region));
    }

    private static String shown(long key) {
        return new OrganisationNumber(String.format("%010d", key)).formatted();
    }
}
