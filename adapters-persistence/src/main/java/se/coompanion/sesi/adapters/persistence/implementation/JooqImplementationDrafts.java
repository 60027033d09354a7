package se.coompanion.sesi.adapters.persistence.implementation;

import static se.coompanion.sesi.adapters.persistence.jooq.Tables.ACTOR;
import static se.coompanion.sesi.adapters.persistence.jooq.Tables.IMPLEMENTATION_ACTIVITY;
import static se.coompanion.sesi.adapters.persistence.jooq.Tables.IMPLEMENTATION_ACTIVITY_MODULE;
import static se.coompanion.sesi.adapters.persistence.jooq.Tables.IMPLEMENTATION_AIM;
import static se.coompanion.sesi.adapters.persistence.jooq.Tables.IMPLEMENTATION_DRAFT;
import static se.coompanion.sesi.adapters.persistence.jooq.Tables.IMPLEMENTATION_GROUNDS;
import static se.coompanion.sesi.adapters.persistence.jooq.Tables.IMPLEMENTATION_PARTNER;
import static se.coompanion.sesi.adapters.persistence.jooq.Tables.IMPLEMENTATION_PRINCIPLE;
import static se.coompanion.sesi.adapters.persistence.jooq.Tables.IMPLEMENTATION_PRINCIPLE_ACTIVITY;
import static se.coompanion.sesi.adapters.persistence.jooq.Tables.IMPLEMENTATION_RESULT;
import static se.coompanion.sesi.adapters.persistence.jooq.Tables.IMPLEMENTATION_RISK;
import static se.coompanion.sesi.adapters.persistence.jooq.Tables.IMPLEMENTATION_TARGET_GROUP;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedSet;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.Table;
import se.coompanion.sesi.adapters.persistence.jooq.tables.records.ImplementationActivityRecord;
import se.coompanion.sesi.adapters.persistence.jooq.tables.records.ImplementationDraftRecord;
import se.coompanion.sesi.adapters.persistence.jooq.tables.records.ImplementationGroundsRecord;
import se.coompanion.sesi.adapters.persistence.jooq.tables.records.ImplementationPartnerRecord;
import se.coompanion.sesi.adapters.persistence.jooq.tables.records.ImplementationResultRecord;
import se.coompanion.sesi.application.implementation.port.out.ImplementationDrafts;
import se.coompanion.sesi.domain.actor.ActorKey;
import se.coompanion.sesi.domain.implementation.ActivityId;
import se.coompanion.sesi.domain.implementation.ActivityStatus;
import se.coompanion.sesi.domain.implementation.Aim;
import se.coompanion.sesi.domain.implementation.Baseline;
import se.coompanion.sesi.domain.implementation.ExpectedResult;
import se.coompanion.sesi.domain.implementation.Grounds;
import se.coompanion.sesi.domain.implementation.HorizontalPrinciple;
import se.coompanion.sesi.domain.implementation.ImplementationDraft;
import se.coompanion.sesi.domain.implementation.Indicator;
import se.coompanion.sesi.domain.implementation.IndicatorUnit;
import se.coompanion.sesi.domain.implementation.LetterOfIntent;
import se.coompanion.sesi.domain.implementation.LetterState;
import se.coompanion.sesi.domain.implementation.ModuleRef;
import se.coompanion.sesi.domain.implementation.PartnerRole;
import se.coompanion.sesi.domain.implementation.PrincipleWork;
import se.coompanion.sesi.domain.implementation.ProjectActivity;
import se.coompanion.sesi.domain.implementation.ProjectPartner;
import se.coompanion.sesi.domain.implementation.ProjectTargetGroup;
import se.coompanion.sesi.domain.implementation.ResultLevel;
import se.coompanion.sesi.domain.implementation.Risk;
import se.coompanion.sesi.domain.implementation.RiskLevel;
import se.coompanion.sesi.domain.implementation.TargetGroupKind;
import se.coompanion.sesi.domain.learning.ModuleKey;
import se.coompanion.sesi.domain.synthesis.EvidenceReference;

/**
 * The implementation project's draft in the {@code implementation_*} tables, stored whole: a save deletes the
 * draft's rows and writes them again (a draft is tens of rows; the caller's transaction makes it all or nothing).
 * What a part rests on is in {@code implementation_grounds}, keyed by the part ({@code aim:1},
 * {@code group:INDIVIDUALS}, {@code activity:A2}); a partner names its actor by key, which must be in the register.
 */
public final class JooqImplementationDrafts implements ImplementationDrafts {

    /** Children before parents: the order rows are deleted in. */
    private static final List<Table<?>> TABLES = List.of(IMPLEMENTATION_PRINCIPLE_ACTIVITY,
            IMPLEMENTATION_PRINCIPLE, IMPLEMENTATION_RISK, IMPLEMENTATION_PARTNER, IMPLEMENTATION_RESULT,
            IMPLEMENTATION_ACTIVITY_MODULE, IMPLEMENTATION_GROUNDS, IMPLEMENTATION_ACTIVITY,
            IMPLEMENTATION_TARGET_GROUP, IMPLEMENTATION_AIM, IMPLEMENTATION_DRAFT);

    private final DSLContext dsl;

    public JooqImplementationDrafts(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public Optional<ImplementationDraft> find() {
        Optional<ImplementationDraftRecord> draft = dsl.selectFrom(IMPLEMENTATION_DRAFT).fetchOptional();
        if (draft.isEmpty()) {
            return Optional.empty();
        }
        Map<String, ? extends List<ImplementationGroundsRecord>> grounds = dsl.selectFrom(IMPLEMENTATION_GROUNDS)
                .orderBy(IMPLEMENTATION_GROUNDS.PART, IMPLEMENTATION_GROUNDS.CITED_ORDER)
                .fetchGroups(IMPLEMENTATION_GROUNDS.PART);
        List<Aim> aims = dsl.selectFrom(IMPLEMENTATION_AIM).orderBy(IMPLEMENTATION_AIM.AIM_NUMBER)
                .fetch(r -> new Aim(r.getAimNumber(), r.getAimText(), grounds(grounds, "aim:" + r.getAimNumber())));
        List<ProjectTargetGroup> groups = dsl.selectFrom(IMPLEMENTATION_TARGET_GROUP).fetch(r -> {
            TargetGroupKind kind = TargetGroupKind.valueOf(r.getKind());
            return new ProjectTargetGroup(kind, r.getDescription(), grounds(grounds, "group:" + kind));
        });
        Map<Integer, List<ModuleRef>> modules = dsl.selectFrom(IMPLEMENTATION_ACTIVITY_MODULE)
                .fetchGroups(IMPLEMENTATION_ACTIVITY_MODULE.ACTIVITY_NUMBER, r -> new ModuleRef(
                        r.getProgrammeVersion(), new ModuleKey(r.getModuleKey())));
        Map<Integer, List<ExpectedResult>> results = dsl.selectFrom(IMPLEMENTATION_RESULT)
                .orderBy(IMPLEMENTATION_RESULT.ACTIVITY_NUMBER, IMPLEMENTATION_RESULT.RESULT_NUMBER)
                .fetchGroups(IMPLEMENTATION_RESULT.ACTIVITY_NUMBER, JooqImplementationDrafts::result);
        List<ProjectActivity> activities = dsl.selectFrom(IMPLEMENTATION_ACTIVITY)
                .orderBy(IMPLEMENTATION_ACTIVITY.ACTIVITY_NUMBER)
                .fetch(r -> activity(r, grounds, modules.getOrDefault(r.getActivityNumber(), List.of()),
                        results.getOrDefault(r.getActivityNumber(), List.of())));
        List<ProjectPartner> partners = dsl.selectFrom(IMPLEMENTATION_PARTNER)
                .orderBy(IMPLEMENTATION_PARTNER.LISTED_ORDER).fetch(JooqImplementationDrafts::partner);
        List<Risk> risks = dsl.selectFrom(IMPLEMENTATION_RISK).orderBy(IMPLEMENTATION_RISK.RISK_NUMBER)
                .fetch(r -> new Risk(r.getRiskNumber(), r.getDescription(), RiskLevel.valueOf(r.getLikelihood()),
                        RiskLevel.valueOf(r.getImpact()), r.getMitigation()));
        Map<String, List<Integer>> answering = dsl.selectFrom(IMPLEMENTATION_PRINCIPLE_ACTIVITY)
                .fetchGroups(IMPLEMENTATION_PRINCIPLE_ACTIVITY.PRINCIPLE,
                        IMPLEMENTATION_PRINCIPLE_ACTIVITY.ACTIVITY_NUMBER);
        List<PrincipleWork> principles = dsl.selectFrom(IMPLEMENTATION_PRINCIPLE).fetch(r -> new PrincipleWork(
                HorizontalPrinciple.valueOf(r.getPrinciple()), Optional.ofNullable(r.getApproach()),
                answering.getOrDefault(r.getPrinciple(), List.of()).stream().map(ActivityId::new)
                        .collect(ImmutableSortedSet.toImmutableSortedSet(ActivityId::compareTo))));
        return Optional.of(new ImplementationDraft(draft.get().getTitle(), draft.get().getCreatedAt().toInstant(),
                ImmutableList.copyOf(aims), ImmutableList.copyOf(groups), ImmutableList.copyOf(activities),
                ImmutableList.copyOf(partners), ImmutableList.copyOf(risks), ImmutableList.copyOf(principles)));
    }

    private static Grounds grounds(Map<String, ? extends List<ImplementationGroundsRecord>> all, String part) {
        List<Integer> recommendations = new ArrayList<>();
        List<EvidenceReference> evidence = new ArrayList<>();
        List<ImplementationGroundsRecord> cited = all.get(part);
        for (ImplementationGroundsRecord r : cited == null ? List.<ImplementationGroundsRecord>of() : cited) {
            if (r.getRecommendationNumber() != null) {
                recommendations.add(r.getRecommendationNumber());
            } else {
                evidence.add(EvidenceReference.parse(r.getReference()));
            }
        }
        return Grounds.of(recommendations, evidence);
    }

    private static ProjectActivity activity(ImplementationActivityRecord r,
            Map<String, ? extends List<ImplementationGroundsRecord>> grounds, List<ModuleRef> modules,
            List<ExpectedResult> results) {
        ActivityId id = new ActivityId(r.getActivityNumber());
        return new ProjectActivity(id, r.getTitle(), Optional.ofNullable(r.getDescription()),
                ActivityStatus.valueOf(r.getStatus()), Optional.ofNullable(r.getMergedInto()).map(ActivityId::new),
                Optional.ofNullable(r.getDropReason()), grounds(grounds, "activity:" + id),
                ImmutableSortedSet.copyOf(modules), ImmutableList.copyOf(results));
    }

    private static ExpectedResult result(ImplementationResultRecord r) {
        IndicatorUnit unit = IndicatorUnit.valueOf(r.getUnit());
        Optional<Baseline> baseline;
        if (r.getBaseline() != null) {
            baseline = Optional.of(Baseline.parse(r.getBaseline()));
        } else if (r.getBaselineValue() != null) {
            baseline = Optional.of(new Baseline.Stated(unit, r.getBaselineValue(),
                    Optional.ofNullable(r.getBaselineNote())));
        } else {
            baseline = Optional.empty();
        }
        return new ExpectedResult(r.getResultNumber(), ResultLevel.valueOf(r.getResultLevel()), r.getDescription(),
                new Indicator(r.getIndicator(), unit, baseline, Optional.ofNullable(r.getTargetValue())));
    }

    private static ProjectPartner partner(ImplementationPartnerRecord r) {
        Optional<LetterOfIntent> letter = Optional.ofNullable(r.getLetterState())
                .map(state -> new LetterOfIntent(LetterState.valueOf(state), Optional.ofNullable(r.getRequestedOn()),
                        Optional.ofNullable(r.getAnsweredOn())));
        return new ProjectPartner(new ActorKey(r.getActorKey()), PartnerRole.valueOf(r.getPartnerRole()),
                Optional.ofNullable(r.getContribution()), letter);
    }

    @Override
    public void save(ImplementationDraft draft) {
        TABLES.forEach(t -> dsl.deleteFrom(t).execute());
        dsl.insertInto(IMPLEMENTATION_DRAFT).set(IMPLEMENTATION_DRAFT.TITLE, draft.title())
                .set(IMPLEMENTATION_DRAFT.CREATED_AT, draft.createdAt().atOffset(ZoneOffset.UTC)).execute();
        for (Aim aim : draft.aims()) {
            dsl.insertInto(IMPLEMENTATION_AIM).set(IMPLEMENTATION_AIM.AIM_NUMBER, aim.number())
                    .set(IMPLEMENTATION_AIM.AIM_TEXT, aim.text()).execute();
            saveGrounds("aim:" + aim.number(), aim.grounds());
        }
        for (ProjectTargetGroup group : draft.targetGroups()) {
            dsl.insertInto(IMPLEMENTATION_TARGET_GROUP).set(IMPLEMENTATION_TARGET_GROUP.KIND, group.kind().name())
                    .set(IMPLEMENTATION_TARGET_GROUP.DESCRIPTION, group.description()).execute();
            saveGrounds("group:" + group.kind(), group.grounds());
        }
        for (ProjectActivity activity : draft.activities()) {
            saveActivity(activity);
        }
        int order = 0;
        for (ProjectPartner partner : draft.partners()) {
            if (!dsl.fetchExists(ACTOR, ACTOR.ACTOR_KEY.eq(partner.actor().value()))) {
                throw new IllegalStateException("a partner of the draft is not in the actor register: "
                        + partner.actor());
            }
            Optional<LetterOfIntent> letter = partner.letter();
            dsl.insertInto(IMPLEMENTATION_PARTNER).set(IMPLEMENTATION_PARTNER.LISTED_ORDER, ++order)
                    .set(IMPLEMENTATION_PARTNER.ACTOR_KEY, partner.actor().value())
                    .set(IMPLEMENTATION_PARTNER.PARTNER_ROLE, partner.role().name())
                    .set(IMPLEMENTATION_PARTNER.CONTRIBUTION, partner.contribution().orElse(null))
                    .set(IMPLEMENTATION_PARTNER.LETTER_STATE, letter.map(l -> l.state().name()).orElse(null))
                    .set(IMPLEMENTATION_PARTNER.REQUESTED_ON, letter.flatMap(LetterOfIntent::requestedOn).orElse(null))
                    .set(IMPLEMENTATION_PARTNER.ANSWERED_ON, letter.flatMap(LetterOfIntent::answeredOn).orElse(null))
                    .execute();
        }
        for (Risk risk : draft.risks()) {
            dsl.insertInto(IMPLEMENTATION_RISK).set(IMPLEMENTATION_RISK.RISK_NUMBER, risk.number())
                    .set(IMPLEMENTATION_RISK.DESCRIPTION, risk.description())
                    .set(IMPLEMENTATION_RISK.LIKELIHOOD, risk.likelihood().name())
                    .set(IMPLEMENTATION_RISK.IMPACT, risk.impact().name())
                    .set(IMPLEMENTATION_RISK.MITIGATION, risk.mitigation()).execute();
        }
        for (PrincipleWork work : draft.principles()) {
            dsl.insertInto(IMPLEMENTATION_PRINCIPLE)
                    .set(IMPLEMENTATION_PRINCIPLE.PRINCIPLE, work.principle().name())
                    .set(IMPLEMENTATION_PRINCIPLE.APPROACH, work.approach().orElse(null)).execute();
            for (ActivityId id : work.activities()) {
                dsl.insertInto(IMPLEMENTATION_PRINCIPLE_ACTIVITY)
                        .set(IMPLEMENTATION_PRINCIPLE_ACTIVITY.PRINCIPLE, work.principle().name())
                        .set(IMPLEMENTATION_PRINCIPLE_ACTIVITY.ACTIVITY_NUMBER, id.number()).execute();
            }
        }
    }

    private void saveActivity(ProjectActivity activity) {
        int number = activity.id().number();
        dsl.insertInto(IMPLEMENTATION_ACTIVITY).set(IMPLEMENTATION_ACTIVITY.ACTIVITY_NUMBER, number)
                .set(IMPLEMENTATION_ACTIVITY.TITLE, activity.title())
                .set(IMPLEMENTATION_ACTIVITY.DESCRIPTION, activity.description().orElse(null))
                .set(IMPLEMENTATION_ACTIVITY.STATUS, activity.status().name())
                .set(IMPLEMENTATION_ACTIVITY.MERGED_INTO, activity.mergedInto().map(ActivityId::number).orElse(null))
                .set(IMPLEMENTATION_ACTIVITY.DROP_REASON, activity.dropReason().orElse(null)).execute();
        saveGrounds("activity:" + activity.id(), activity.grounds());
        for (ModuleRef module : activity.modules()) {
            dsl.insertInto(IMPLEMENTATION_ACTIVITY_MODULE).set(IMPLEMENTATION_ACTIVITY_MODULE.ACTIVITY_NUMBER, number)
                    .set(IMPLEMENTATION_ACTIVITY_MODULE.PROGRAMME_VERSION, module.version())
                    .set(IMPLEMENTATION_ACTIVITY_MODULE.MODULE_KEY, module.module().value()).execute();
        }
        for (ExpectedResult result : activity.results()) {
            Indicator indicator = result.indicator();
            Optional<Baseline> baseline = indicator.baseline();
            Optional<Baseline.Stated> stated = baseline.filter(Baseline.Stated.class::isInstance)
                    .map(Baseline.Stated.class::cast);
            dsl.insertInto(IMPLEMENTATION_RESULT).set(IMPLEMENTATION_RESULT.ACTIVITY_NUMBER, number)
                    .set(IMPLEMENTATION_RESULT.RESULT_NUMBER, result.number())
                    .set(IMPLEMENTATION_RESULT.RESULT_LEVEL, result.level().name())
                    .set(IMPLEMENTATION_RESULT.DESCRIPTION, result.description())
                    .set(IMPLEMENTATION_RESULT.INDICATOR, indicator.name())
                    .set(IMPLEMENTATION_RESULT.UNIT, indicator.unit().name())
                    .set(IMPLEMENTATION_RESULT.BASELINE, baseline.filter(Baseline.Measured.class::isInstance)
                            .map(b -> ((Baseline.Measured) b).code()).orElse(null))
                    .set(IMPLEMENTATION_RESULT.BASELINE_VALUE, stated.map(Baseline.Stated::value).orElse(null))
                    .set(IMPLEMENTATION_RESULT.BASELINE_NOTE, stated.flatMap(Baseline.Stated::note).orElse(null))
                    .set(IMPLEMENTATION_RESULT.TARGET_VALUE, indicator.target().orElse(null)).execute();
        }
    }

    private void saveGrounds(String part, Grounds grounds) {
        int order = 0;
        for (int number : grounds.recommendations()) {
            dsl.insertInto(IMPLEMENTATION_GROUNDS).set(IMPLEMENTATION_GROUNDS.PART, part)
                    .set(IMPLEMENTATION_GROUNDS.CITED_ORDER, ++order)
                    .set(IMPLEMENTATION_GROUNDS.RECOMMENDATION_NUMBER, number).execute();
        }
        for (EvidenceReference reference : grounds.evidence()) {
            dsl.insertInto(IMPLEMENTATION_GROUNDS).set(IMPLEMENTATION_GROUNDS.PART, part)
                    .set(IMPLEMENTATION_GROUNDS.CITED_ORDER, ++order)
                    .set(IMPLEMENTATION_GROUNDS.REFERENCE, reference.code()).execute();
        }
    }
}
