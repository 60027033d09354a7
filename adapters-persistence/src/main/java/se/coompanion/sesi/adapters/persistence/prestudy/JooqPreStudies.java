package se.coompanion.sesi.adapters.persistence.prestudy;

import static se.coompanion.sesi.adapters.persistence.jooq.Tables.PRESTUDY;
import static se.coompanion.sesi.adapters.persistence.jooq.Tables.PRESTUDY_ACTIVITY;
import static se.coompanion.sesi.adapters.persistence.jooq.Tables.PRESTUDY_COUNTY;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedSet;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import org.jooq.DSLContext;
import se.coompanion.sesi.adapters.persistence.jooq.tables.records.PrestudyRecord;
import se.coompanion.sesi.application.prestudy.port.out.PreStudies;
import se.coompanion.sesi.application.shared.ConflictException;
import se.coompanion.sesi.domain.prestudy.Activity;
import se.coompanion.sesi.domain.prestudy.ActivityKey;
import se.coompanion.sesi.domain.prestudy.PreStudy;
import se.coompanion.sesi.domain.prestudy.PreStudyTemplate;
import se.coompanion.sesi.domain.prestudy.ProjectFacts;
import se.coompanion.sesi.domain.prestudy.Target;
import se.coompanion.sesi.domain.prestudy.TargetUnit;
import se.coompanion.sesi.domain.shared.CaseNumber;
import se.coompanion.sesi.domain.shared.County;
import se.coompanion.sesi.domain.shared.DateRange;
import se.coompanion.sesi.domain.shared.Message;
import se.coompanion.sesi.domain.shared.OrganisationNumber;
import se.coompanion.sesi.domain.shared.Percentage;
import se.coompanion.sesi.domain.shared.PostalCode;

/** The pre-study in tables {@code prestudy}, {@code prestudy_county} and {@code prestudy_activity}. */
public final class JooqPreStudies implements PreStudies {

    private static final int THE_ONE = 1;

    private final DSLContext dsl;

    public JooqPreStudies(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public Optional<PreStudy> find() {
        return dsl.selectFrom(PRESTUDY).where(PRESTUDY.ID.eq(THE_ONE)).fetchOptional().map(this::toPreStudy);
    }

    @Override
    public void add(PreStudy preStudy, Instant createdAt) {
        if (dsl.fetchExists(PRESTUDY)) {
            throw new ConflictException(Message.of(JooqPreStudies.class, "prestudy.exists"));
        }
        PrestudyRecord record = dsl.newRecord(PRESTUDY);
        record.setId(THE_ONE);
        record.setCreatedAt(createdAt.atOffset(ZoneOffset.UTC));
        write(record, preStudy);
        record.insert();
        writePlan(preStudy);
    }

    @Override
    public void update(PreStudy preStudy) {
        PrestudyRecord record = dsl.selectFrom(PRESTUDY).where(PRESTUDY.ID.eq(THE_ONE)).forUpdate().fetchSingle();
        write(record, preStudy);
        record.update();
        dsl.deleteFrom(PRESTUDY_COUNTY).execute();
        dsl.deleteFrom(PRESTUDY_ACTIVITY).execute();
        writePlan(preStudy);
    }

    private static void write(PrestudyRecord r, PreStudy preStudy) {
        ProjectFacts f = preStudy.facts();
        r.setTemplate(preStudy.template().name());
        r.setCaseNumber(f.caseNumber().value());
        r.setName(f.name());
        r.setStartDate(f.period().start());
        r.setEndDate(f.period().end());
        r.setCountry(f.country());
        r.setFund(f.fund());
        r.setProgrammeCci(f.programmeCci().orElse(null));
        r.setOwnerOrgNumber(f.ownerOrgNumber().digits());
        r.setOwnerName(f.ownerName());
        r.setEuCofinancingRate(f.euCoFinancingRate().map(Percentage::value).orElse(null));
        r.setProgrammeArea(f.programmeArea().orElse(null));
        r.setSpecificObjective(f.specificObjective().orElse(null));
        r.setChildPovertyTheme(f.childPovertyTheme());
        r.setRegionName(f.regionName().orElse(null));
        r.setNuts2Code(f.nuts2Code().orElse(null));
        r.setBeneficiaryPostalCode(f.beneficiaryPostalCode().map(PostalCode::digits).orElse(null));
        r.setBeneficiaryTown(f.beneficiaryTown().orElse(null));
        r.setInterventionType(f.interventionType().orElse(null));
        r.setParticipants(f.participants());
        r.setStrategicImportance(f.strategicImportance());
        r.setSummary(f.summary());
    }

    private void writePlan(PreStudy preStudy) {
        var counties = dsl.insertInto(PRESTUDY_COUNTY, PRESTUDY_COUNTY.COUNTY_CODE);
        preStudy.region().forEach(c -> counties.values(c.code()));
        if (!preStudy.region().isEmpty()) {
            counties.execute();
        }
        var activities = dsl.insertInto(PRESTUDY_ACTIVITY, PRESTUDY_ACTIVITY.ACTIVITY_KEY,
                PRESTUDY_ACTIVITY.TARGET_KIND, PRESTUDY_ACTIVITY.TARGET_QUANTITY, PRESTUDY_ACTIVITY.TARGET_UNIT);
        preStudy.activities().forEach(a -> activities.values(a.key().name(), a.target().kind().name(),
                a.target().quantity(), a.target().unit().name()));
        if (!preStudy.activities().isEmpty()) {
            activities.execute();
        }
    }

    private PreStudy toPreStudy(PrestudyRecord r) {
        ProjectFacts facts = new ProjectFacts(
                CaseNumber.parse(r.getCaseNumber()),
                r.getName(),
                DateRange.of(r.getStartDate(), r.getEndDate()),
                r.getCountry(),
                r.getFund(),
                Optional.ofNullable(r.getProgrammeCci()),
                new OrganisationNumber(r.getOwnerOrgNumber()),
                r.getOwnerName(),
                Optional.ofNullable(r.getEuCofinancingRate()).map(Percentage::new),
                Optional.ofNullable(r.getProgrammeArea()),
                Optional.ofNullable(r.getSpecificObjective()),
                r.getChildPovertyTheme(),
                Optional.ofNullable(r.getRegionName()),
                Optional.ofNullable(r.getNuts2Code()),
                Optional.ofNullable(r.getBeneficiaryPostalCode()).map(PostalCode::new),
                Optional.ofNullable(r.getBeneficiaryTown()),
                Optional.ofNullable(r.getInterventionType()),
                r.getParticipants(),
                r.getStrategicImportance(),
                r.getSummary());
        ImmutableSortedSet<County> region = dsl.select(PRESTUDY_COUNTY.COUNTY_CODE).from(PRESTUDY_COUNTY)
                .fetch(PRESTUDY_COUNTY.COUNTY_CODE).stream().map(County::of)
                .collect(ImmutableSortedSet.toImmutableSortedSet(County::compareTo));
        ImmutableList<Activity> activities = dsl.selectFrom(PRESTUDY_ACTIVITY).fetch().stream()
                .map(a -> new Activity(ActivityKey.valueOf(a.getActivityKey()),
                        new Target(Target.Kind.valueOf(a.getTargetKind()), a.getTargetQuantity(),
                                TargetUnit.valueOf(a.getTargetUnit()))))
                .collect(ImmutableList.toImmutableList());
        return new PreStudy(PreStudyTemplate.valueOf(r.getTemplate()), facts, region, activities);
    }
}
