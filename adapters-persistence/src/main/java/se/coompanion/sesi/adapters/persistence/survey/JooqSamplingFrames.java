package se.coompanion.sesi.adapters.persistence.survey;

import static se.coompanion.sesi.adapters.persistence.jooq.Tables.SURVEY_UNIT;

import com.google.common.collect.ImmutableSet;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jooq.Cursor;
import org.jooq.DSLContext;
import org.jooq.Record1;
import org.jooq.impl.DSL;
import se.coompanion.sesi.adapters.persistence.BatchInsert;
import se.coompanion.sesi.adapters.persistence.jooq.tables.records.SurveyUnitRecord;
import se.coompanion.sesi.domain.survey.FrameEntry;
import se.coompanion.sesi.domain.survey.FrameSize;
import se.coompanion.sesi.application.survey.port.out.SamplingFrames;
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

/**
 * The sampling frame in {@code survey_unit}: every imported row, the population's units with their response-id
 * sequence, the others with their exclusion reasons. Batches are inserted with one prepared statement and JDBC
 * batches ({@link BatchInsert}), inside the import's transaction.
 */
public final class JooqSamplingFrames implements SamplingFrames {

    private final DSLContext dsl;
    private final BatchInsert<FrameEntry> insert;

    public JooqSamplingFrames(DSLContext dsl) {
        this.dsl = dsl;
        this.insert = BatchInsert.into(dsl, SURVEY_UNIT, List.of(SURVEY_UNIT.ORG_NUMBER, SURVEY_UNIT.RESPONSE_SEQ,
                SURVEY_UNIT.NAME, SURVEY_UNIT.LEGAL_FORM, SURVEY_UNIT.BUSINESS_ACTIVITY, SURVEY_UNIT.CARE_OF,
                SURVEY_UNIT.STREET, SURVEY_UNIT.POSTAL_CODE, SURVEY_UNIT.TOWN, SURVEY_UNIT.MUNICIPALITY_CODE,
                SURVEY_UNIT.EXCLUSIONS, SURVEY_UNIT.ACTIVITY_UNCONFIRMED, SURVEY_UNIT.SOURCE_NAME,
                SURVEY_UNIT.SOURCE_LINE), entry -> {
                    FrameUnit u = entry.unit();
                    return new Object[] {u.orgNumber().digits(), u.responseId().map(ResponseId::sequence).orElse(null),
                        u.name(), u.legalForm().name(), u.businessActivity().asBoolean(),
                        u.address().careOf().orElse(null), u.address().street(), u.address().postalCode().digits(),
                        u.address().town(), u.municipality().code(), exclusions(u.eligibility()),
                        u.eligibility().businessActivityUnconfirmed(), entry.source(), entry.line()};
                });
    }

    @Override
    public long[] organisationNumbers() {
        long[] numbers = new long[1024];
        int size = 0;
        try (Cursor<Record1<String>> cursor = dsl.select(SURVEY_UNIT.ORG_NUMBER).from(SURVEY_UNIT).fetchLazy()) {
            for (Record1<String> row : cursor) {
                if (size == numbers.length) {
                    numbers = Arrays.copyOf(numbers, size * 2);
                }
                numbers[size++] = Long.parseLong(row.value1());
            }
        }
        long[] sorted = Arrays.copyOf(numbers, size);
        Arrays.sort(sorted);
        return sorted;
    }

    @Override
    public int lastResponseSequence() {
        Integer last = dsl.select(DSL.max(SURVEY_UNIT.RESPONSE_SEQ)).from(SURVEY_UNIT).fetchOne(0, Integer.class);
        return last == null ? 0 : last;
    }

    @Override
    public void addAll(List<FrameEntry> entries) {
        insert.insert(entries);
    }

    @Override
    public Optional<FrameUnit> find(ResponseId id) {
        return dsl.selectFrom(SURVEY_UNIT).where(SURVEY_UNIT.RESPONSE_SEQ.eq(id.sequence())).fetchOptional()
                .map(JooqSamplingFrames::toUnit);
    }

    @Override
    public List<FrameUnit> population() {
        return dsl.selectFrom(SURVEY_UNIT).where(SURVEY_UNIT.RESPONSE_SEQ.isNotNull())
                .orderBy(SURVEY_UNIT.RESPONSE_SEQ).fetch(JooqSamplingFrames::toUnit);
    }

    @Override
    public List<FrameEntry> excluded() {
        return dsl.selectFrom(SURVEY_UNIT).where(SURVEY_UNIT.RESPONSE_SEQ.isNull()).orderBy(SURVEY_UNIT.ID)
                .fetch(r -> new FrameEntry(toUnit(r), r.getSourceName(), r.getSourceLine()));
    }

    @Override
    public FrameSize size() {
        var counts = dsl.select(DSL.count(), DSL.count(SURVEY_UNIT.RESPONSE_SEQ),
                DSL.count(DSL.when(SURVEY_UNIT.ACTIVITY_UNCONFIRMED.isTrue(), DSL.inline(1))))
                .from(SURVEY_UNIT).fetchSingle();
        return new FrameSize(counts.value1(), counts.value2(), counts.value3());
    }

    /** The reasons joined with commas, or null for a unit of the population. */
    static String exclusions(FrameEligibility eligibility) {
        return eligibility.isEligible() ? null
                : eligibility.exclusions().stream().map(Enum::name).collect(Collectors.joining(","));
    }

    static FrameUnit toUnit(SurveyUnitRecord r) {
        FrameEligibility eligibility = r.getExclusions() == null
                ? new FrameEligibility(ImmutableSet.of(), r.getActivityUnconfirmed())
                : FrameEligibility.excluded(Arrays.stream(r.getExclusions().split(",")).map(ExclusionReason::valueOf)
                        .collect(ImmutableSet.toImmutableSet()));
        return new FrameUnit(Optional.ofNullable(r.getResponseSeq()).map(ResponseId::of),
                new OrganisationNumber(r.getOrgNumber()), r.getName(), LegalForm.valueOf(r.getLegalForm()),
                BusinessActivity.of(r.getBusinessActivity()),
                new MailingAddress(Optional.ofNullable(r.getCareOf()), r.getStreet(), new PostalCode(r.getPostalCode()),
                        r.getTown()),
                Municipality.of(r.getMunicipalityCode()), eligibility);
    }
}
