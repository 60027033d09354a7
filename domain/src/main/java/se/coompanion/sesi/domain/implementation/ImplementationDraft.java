package se.coompanion.sesi.domain.implementation;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSortedSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import se.coompanion.sesi.domain.actor.ActorKey;
import se.coompanion.sesi.domain.learning.ModuleKey;
import se.coompanion.sesi.domain.shared.Message;
import se.coompanion.sesi.domain.shared.TextField;
import se.coompanion.sesi.domain.synthesis.EvidenceReference;
import se.coompanion.sesi.domain.synthesis.RecordedRecommendation;

/**
 * The draft of the implementation project (genomförandeprojekt) that the pre-study prepares: its aims, its target
 * groups, its activities with their project logic, its partners with their letters of intent, its risks and its work
 * with the horizontal principles. Every claim keeps its link to the pre-study's evidence (through the synthesis's
 * recommendations, or cited directly), so that a check can say which claims the evidence no longer supports and what
 * the evidence asks for that the draft does not answer. One draft per pre-study.
 *
 * <p>The draft is immutable: each change returns the changed draft. A change naming a part that does not exist fails
 * with a {@link DraftLookupException}; one the part's state does not allow with a {@link DraftStateException}.
 *
 * @param title        the implementation project's working title
 * @param createdAt    when the draft was made from the synthesis
 * @param aims         the aims, in number order
 * @param targetGroups the three target groups, in their order
 * @param activities   every activity, in number order (merged and dropped ones too)
 * @param partners     the partners, in the order added
 * @param risks        the risks, in number order
 * @param principles   the three horizontal principles, in their order
 */
public record ImplementationDraft(String title, Instant createdAt, ImmutableList<Aim> aims,
        ImmutableList<ProjectTargetGroup> targetGroups, ImmutableList<ProjectActivity> activities,
        ImmutableList<ProjectPartner> partners, ImmutableList<Risk> risks, ImmutableList<PrincipleWork> principles) {

    public static final int MAX_TITLE = 300;

    public ImplementationDraft {
        title = TextField.required(Message.of(ImplementationDraft.class, "draft.title"), title, MAX_TITLE);
        Objects.requireNonNull(createdAt, "createdAt");
        aims = ImmutableList.sortedCopyOf((a, b) -> Integer.compare(a.number(), b.number()), aims);
        targetGroups = ImmutableList.sortedCopyOf((a, b) -> a.kind().compareTo(b.kind()), targetGroups);
        activities = ImmutableList.sortedCopyOf((a, b) -> a.id().compareTo(b.id()), activities);
        partners = ImmutableList.copyOf(partners);
        risks = ImmutableList.sortedCopyOf((a, b) -> Integer.compare(a.number(), b.number()), risks);
        principles = ImmutableList.sortedCopyOf((a, b) -> a.principle().compareTo(b.principle()), principles);
        unique("aim", aims.stream().map(Aim::number).toList());
        unique("activity", activities.stream().map(ProjectActivity::id).toList());
        unique("partner", partners.stream().map(ProjectPartner::actor).toList());
        unique("risk", risks.stream().map(Risk::number).toList());
        if (!targetGroups.stream().map(ProjectTargetGroup::kind).toList().equals(List.of(TargetGroupKind.values()))) {
            throw new IllegalArgumentException("a draft has each target group once: " + targetGroups);
        }
        if (!principles.stream().map(PrincipleWork::principle).toList()
                .equals(List.of(HorizontalPrinciple.values()))) {
            throw new IllegalArgumentException("a draft has each horizontal principle once: " + principles);
        }
        Set<ActivityId> ids = new HashSet<>(activities.stream().map(ProjectActivity::id).toList());
        for (ProjectActivity activity : activities) {
            activity.mergedInto().ifPresent(into -> {
                if (!ids.contains(into)) {
                    throw new IllegalArgumentException(activity.id() + " is merged into unknown " + into);
                }
            });
        }
        for (PrincipleWork work : principles) {
            if (!ids.containsAll(work.activities())) {
                throw new IllegalArgumentException(work.principle() + " names unknown activities " + work);
            }
        }
    }

    private static void unique(String what, List<?> keys) {
        if (new HashSet<>(keys).size() != keys.size()) {
            throw new IllegalArgumentException("a draft has each " + what + " once: " + keys);
        }
    }

    /**
     * A new draft without activities: its target groups with their first descriptions, the horizontal principles
     * not yet worked with, and the partners given.
     *
     * @param title             the working title
     * @param createdAt         when it is made
     * @param groupDescriptions a description of each target group
     * @param partners          the partners to start with (the partner shortlist)
     */
    public static ImplementationDraft start(String title, Instant createdAt,
            Map<TargetGroupKind, String> groupDescriptions, List<ProjectPartner> partners) {
        List<ProjectTargetGroup> groups = Arrays.stream(TargetGroupKind.values())
                .map(k -> new ProjectTargetGroup(k, groupDescriptions.get(k), Grounds.NONE)).toList();
        List<PrincipleWork> principles = Arrays.stream(HorizontalPrinciple.values()).map(PrincipleWork::empty)
                .toList();
        return new ImplementationDraft(title, createdAt, ImmutableList.of(), ImmutableList.copyOf(groups),
                ImmutableList.of(), ImmutableList.copyOf(partners), ImmutableList.of(),
                ImmutableList.copyOf(principles));
    }

    /**
     * The draft with a proposed activity for every recommendation that no activity cites yet (in any state), in
     * number order: titled after the statement's first clause, described by the statement, resting on the
     * recommendation, training people with the modules whose pilot results it cites, and with the results
     * {@code results} proposes for it.
     */
    public ImplementationDraft withProposals(List<RecordedRecommendation> recommendations,
            Function<RecordedRecommendation, List<ExpectedResult>> results) {
        Set<Integer> cited = citedRecommendations();
        ImplementationDraft draft = this;
        for (RecordedRecommendation r : recommendations.stream()
                .sorted((a, b) -> Integer.compare(a.number(), b.number())).toList()) {
            if (cited.contains(r.number())) {
                continue;
            }
            String statement = r.recommendation().statement();
            ImmutableSortedSet<ModuleRef> modules = r.recommendation().evidence().stream()
                    .filter(EvidenceReference.PilotResult.class::isInstance)
                    .map(EvidenceReference.PilotResult.class::cast)
                    .filter(p -> p.version().isPresent())
                    .map(p -> new ModuleRef(p.version().getAsInt(), ModuleKey.parse(p.module())))
                    .collect(ImmutableSortedSet.toImmutableSortedSet(ModuleRef::compareTo));
            ProjectActivity proposed = ProjectActivity.proposed(draft.nextActivityId(),
                    ProjectActivity.titleFrom(statement), Optional.of(statement), Grounds.recommendation(r.number()),
                    modules).withResults(ImmutableList.copyOf(results.apply(r)));
            draft = draft.withActivities(add(draft.activities, proposed));
        }
        return draft;
    }

    /** Every recommendation some activity rests on, in any state. */
    public ImmutableSortedSet<Integer> citedRecommendations() {
        return activities.stream().flatMap(a -> a.grounds().recommendations().stream())
                .collect(ImmutableSortedSet.toImmutableSortedSet(Integer::compare));
    }

    public ImplementationDraft withTitle(String other) {
        return new ImplementationDraft(other, createdAt, aims, targetGroups, activities, partners, risks, principles);
    }

    // ----- aims

    public Aim aim(int number) {
        return aims.stream().filter(a -> a.number() == number).findFirst().orElseThrow(() -> new DraftLookupException(
                Message.of(ImplementationDraft.class, "draft.noAim", number)));
    }

    /** The draft with a new aim (numbered one more than the highest so far). */
    public ImplementationDraft addAim(String text, Grounds grounds) {
        int number = aims.stream().mapToInt(Aim::number).max().orElse(0) + 1;
        return withAims(add(aims, new Aim(number, text, grounds)));
    }

    /** The draft with the aim of the same number changed. */
    public ImplementationDraft withAim(Aim changed) {
        aim(changed.number());
        return withAims(replace(aims, changed, a -> a.number() == changed.number()));
    }

    public ImplementationDraft withoutAim(int number) {
        aim(number);
        return withAims(aims.stream().filter(a -> a.number() != number).collect(ImmutableList.toImmutableList()));
    }

    // ----- target groups

    public ProjectTargetGroup targetGroup(TargetGroupKind kind) {
        return targetGroups.stream().filter(g -> g.kind() == kind).findFirst().orElseThrow();
    }

    public ImplementationDraft withTargetGroup(ProjectTargetGroup changed) {
        return new ImplementationDraft(title, createdAt, aims, replace(targetGroups, changed,
                g -> g.kind() == changed.kind()), activities, partners, risks, principles);
    }

    // ----- activities

    public ProjectActivity activity(ActivityId id) {
        return activities.stream().filter(a -> a.id().equals(id)).findFirst().orElseThrow(
                () -> new DraftLookupException(Message.of(ImplementationDraft.class, "draft.noActivity", id)));
    }

    /** The number a new activity gets: one more than the highest so far. */
    public ActivityId nextActivityId() {
        return new ActivityId(activities.stream().mapToInt(a -> a.id().number()).max().orElse(0) + 1);
    }

    /** The activities that are part of the project (proposed or accepted), in number order. */
    public ImmutableList<ProjectActivity> liveActivities() {
        return activities.stream().filter(ProjectActivity::isLive).collect(ImmutableList.toImmutableList());
    }

    /**
     * Where an activity is now: itself when live, the live activity it was merged into (following merges), or empty
     * for a dropped one (or one merged into an activity that was dropped).
     */
    public Optional<ProjectActivity> live(ActivityId id) {
        ProjectActivity activity = activity(id);
        Set<ActivityId> seen = new HashSet<>();
        while (activity.status() == ActivityStatus.MERGED && seen.add(activity.id())) {
            activity = activity(activity.mergedInto().orElseThrow());
        }
        return activity.isLive() ? Optional.of(activity) : Optional.empty();
    }

    /** The draft with a new activity the team writes, proposed. */
    public ImplementationDraft addActivity(String activityTitle, Optional<String> description, Grounds grounds,
            ImmutableSortedSet<ModuleRef> modules) {
        return withActivities(add(activities, ProjectActivity.proposed(nextActivityId(), activityTitle, description,
                grounds, modules)));
    }

    /**
     * The draft with the activity of the same number changed (its texts, grounds, modules or results).
     *
     * @throws DraftStateException for a merged activity: it lives on in the one it was merged into
     */
    public ImplementationDraft withActivity(ProjectActivity changed) {
        ProjectActivity current = activity(changed.id());
        if (current.status() == ActivityStatus.MERGED) {
            throw merged(current);
        }
        if (changed.status() != current.status() || !changed.mergedInto().equals(current.mergedInto())) {
            throw new IllegalArgumentException("accept, drop or merge change an activity's state");
        }
        return withActivities(replace(activities, changed, a -> a.id().equals(changed.id())));
    }

    /** The draft with the activity accepted (also one dropped before). */
    public ImplementationDraft accept(ActivityId id) {
        ProjectActivity current = activity(id);
        if (current.status() == ActivityStatus.MERGED) {
            throw merged(current);
        }
        return withActivities(replace(activities, current.withStatus(ActivityStatus.ACCEPTED, Optional.empty(),
                Optional.empty()), a -> a.id().equals(id)));
    }

    /** The draft with the activity dropped, with an optional reason. */
    public ImplementationDraft drop(ActivityId id, Optional<String> reason) {
        ProjectActivity current = activity(id);
        if (current.status() == ActivityStatus.MERGED) {
            throw merged(current);
        }
        return withActivities(replace(activities, current.withStatus(ActivityStatus.DROPPED, Optional.empty(),
                reason), a -> a.id().equals(id)));
    }

    /**
     * The draft with one activity merged into another: the other takes its recommendations, evidence, modules and
     * results (renumbered after its own), and the horizontal principles it answered; it stays in the draft as MERGED
     * with its grounds, so that its recommendations can be traced.
     *
     * @throws DraftStateException unless both are live and different
     */
    public ImplementationDraft merge(ActivityId from, ActivityId into) {
        ProjectActivity source = activity(from);
        ProjectActivity target = activity(into);
        if (from.equals(into)) {
            throw new DraftStateException(Message.of(ImplementationDraft.class, "draft.mergeSelf", from));
        }
        for (ProjectActivity activity : List.of(source, target)) {
            if (!activity.isLive()) {
                throw new DraftStateException(Message.of(ImplementationDraft.class, "draft.mergeNotLive",
                        activity.id(), activity.status().title()));
            }
        }
        List<ExpectedResult> results = new ArrayList<>(target.results());
        int next = target.nextResultNumber();
        for (ExpectedResult result : source.results()) {
            results.add(result.renumbered(next++));
        }
        TreeSet<ModuleRef> modules = new TreeSet<>(target.modules());
        modules.addAll(source.modules());
        ProjectActivity grown = target.withGrounds(target.grounds().plus(source.grounds()))
                .withModules(ImmutableSortedSet.copyOf(modules)).withResults(ImmutableList.copyOf(results));
        ProjectActivity gone = source.withStatus(ActivityStatus.MERGED, Optional.of(into), Optional.empty())
                .withResults(ImmutableList.of());
        List<ProjectActivity> changed = new ArrayList<>();
        for (ProjectActivity activity : activities) {
            changed.add(activity.id().equals(from) ? gone : activity.id().equals(into) ? grown : activity);
        }
        List<PrincipleWork> works = principles.stream().map(w -> w.activities().contains(from)
                ? new PrincipleWork(w.principle(), w.approach(), ImmutableSortedSet.<ActivityId>naturalOrder()
                        .addAll(w.activities().stream().filter(a -> !a.equals(from)).toList()).add(into).build())
                : w).toList();
        return new ImplementationDraft(title, createdAt, aims, targetGroups, ImmutableList.copyOf(changed), partners,
                risks, ImmutableList.copyOf(works));
    }

    private static DraftStateException merged(ProjectActivity activity) {
        return new DraftStateException(Message.of(ImplementationDraft.class, "draft.merged", activity.id(),
                activity.mergedInto().orElseThrow()));
    }

    // ----- partners

    public ProjectPartner partner(ActorKey actor) {
        return partners.stream().filter(p -> p.actor().equals(actor)).findFirst().orElseThrow(
                () -> new DraftLookupException(Message.of(ImplementationDraft.class, "draft.noPartner", actor)));
    }

    public boolean hasPartner(ActorKey actor) {
        return partners.stream().anyMatch(p -> p.actor().equals(actor));
    }

    /** @throws DraftStateException when the actor is a partner already */
    public ImplementationDraft addPartner(ProjectPartner partner) {
        if (hasPartner(partner.actor())) {
            throw new DraftStateException(Message.of(ImplementationDraft.class, "draft.partnerTwice",
                    partner.actor()));
        }
        return withPartners(add(partners, partner));
    }

    public ImplementationDraft withPartner(ProjectPartner changed) {
        partner(changed.actor());
        return withPartners(replace(partners, changed, p -> p.actor().equals(changed.actor())));
    }

    public ImplementationDraft withoutPartner(ActorKey actor) {
        partner(actor);
        return withPartners(partners.stream().filter(p -> !p.actor().equals(actor))
                .collect(ImmutableList.toImmutableList()));
    }

    // ----- risks

    public Risk risk(int number) {
        return risks.stream().filter(r -> r.number() == number).findFirst().orElseThrow(
                () -> new DraftLookupException(Message.of(ImplementationDraft.class, "draft.noRisk", number)));
    }

    /** The draft with a new risk (numbered one more than the highest so far). */
    public ImplementationDraft addRisk(String description, RiskLevel likelihood, RiskLevel impact,
            String mitigation) {
        int number = risks.stream().mapToInt(Risk::number).max().orElse(0) + 1;
        return withRisks(add(risks, new Risk(number, description, likelihood, impact, mitigation)));
    }

    public ImplementationDraft withRisk(Risk changed) {
        risk(changed.number());
        return withRisks(replace(risks, changed, r -> r.number() == changed.number()));
    }

    public ImplementationDraft withoutRisk(int number) {
        risk(number);
        return withRisks(risks.stream().filter(r -> r.number() != number).collect(ImmutableList.toImmutableList()));
    }

    // ----- horizontal principles

    public PrincipleWork principle(HorizontalPrinciple principle) {
        return principles.stream().filter(w -> w.principle() == principle).findFirst().orElseThrow();
    }

    /** The draft with the work on a principle changed; every activity it names must exist. */
    public ImplementationDraft withPrinciple(PrincipleWork changed) {
        changed.activities().forEach(this::activity);
        return new ImplementationDraft(title, createdAt, aims, targetGroups, activities, partners, risks,
                replace(principles, changed, w -> w.principle() == changed.principle()));
    }

    // ----- free text

    /**
     * Every free text of the draft (what a person may be mentioned in), by where it is: {@code title},
     * {@code aim:1}, {@code activity:A2:description}, {@code result:A2/1:indicator}, {@code risk:3:mitigation} ...
     */
    public ImmutableMap<String, String> texts() {
        Map<String, String> texts = new LinkedHashMap<>();
        rewritten((where, text) -> {
            texts.put(where, text);
            return text;
        });
        return ImmutableMap.copyOf(texts);
    }

    /** The draft with every free text rewritten (to erase the mentions of a person, for example). */
    public ImplementationDraft withTexts(UnaryOperator<String> rewrite) {
        return rewritten((where, text) -> rewrite.apply(text));
    }

    private ImplementationDraft rewritten(BiFunction<String, String, String> rewrite) {
        BiFunction<String, Optional<String>, Optional<String>> optional = (where, text) -> text.map(
                t -> rewrite.apply(where, t));
        List<Aim> newAims = aims.stream().map(a -> new Aim(a.number(), rewrite.apply("aim:" + a.number(), a.text()),
                a.grounds())).toList();
        List<ProjectTargetGroup> groups = targetGroups.stream().map(g -> new ProjectTargetGroup(g.kind(),
                rewrite.apply("group:" + g.kind(), g.description()), g.grounds())).toList();
        List<ProjectActivity> newActivities = new ArrayList<>();
        for (ProjectActivity a : activities) {
            String at = "activity:" + a.id();
            List<ExpectedResult> results = new ArrayList<>();
            for (ExpectedResult r : a.results()) {
                String in = "result:" + a.id() + "/" + r.number();
                Indicator i = r.indicator();
                Optional<Baseline> baseline = i.baseline().map(b -> b instanceof Baseline.Stated stated
                        ? new Baseline.Stated(stated.unit(), stated.value(), optional.apply(in + ":note",
                                stated.note())) : b);
                results.add(new ExpectedResult(r.number(), r.level(), rewrite.apply(in + ":description",
                        r.description()), new Indicator(rewrite.apply(in + ":indicator", i.name()), i.unit(),
                                baseline, i.target())));
            }
            newActivities.add(new ProjectActivity(a.id(), rewrite.apply(at + ":title", a.title()),
                    optional.apply(at + ":description", a.description()), a.status(), a.mergedInto(),
                    optional.apply(at + ":reason", a.dropReason()), a.grounds(), a.modules(),
                    ImmutableList.copyOf(results)));
        }
        List<ProjectPartner> newPartners = partners.stream().map(p -> new ProjectPartner(p.actor(), p.role(),
                optional.apply("partner:" + p.actor() + ":contribution", p.contribution()), p.letter())).toList();
        List<Risk> newRisks = risks.stream().map(r -> new Risk(r.number(), rewrite.apply("risk:" + r.number()
                + ":description", r.description()), r.likelihood(), r.impact(), rewrite.apply("risk:" + r.number()
                        + ":mitigation", r.mitigation()))).toList();
        List<PrincipleWork> works = principles.stream().map(w -> new PrincipleWork(w.principle(), optional.apply(
                "principle:" + w.principle(), w.approach()), w.activities())).toList();
        return new ImplementationDraft(rewrite.apply("title", title), createdAt, ImmutableList.copyOf(newAims),
                ImmutableList.copyOf(groups), ImmutableList.copyOf(newActivities), ImmutableList.copyOf(newPartners),
                ImmutableList.copyOf(newRisks), ImmutableList.copyOf(works));
    }

    // ----- building

    private ImplementationDraft withAims(ImmutableList<Aim> other) {
        return new ImplementationDraft(title, createdAt, other, targetGroups, activities, partners, risks, principles);
    }

    private ImplementationDraft withActivities(ImmutableList<ProjectActivity> other) {
        return new ImplementationDraft(title, createdAt, aims, targetGroups, other, partners, risks, principles);
    }

    private ImplementationDraft withPartners(ImmutableList<ProjectPartner> other) {
        return new ImplementationDraft(title, createdAt, aims, targetGroups, activities, other, risks, principles);
    }

    private ImplementationDraft withRisks(ImmutableList<Risk> other) {
        return new ImplementationDraft(title, createdAt, aims, targetGroups, activities, partners, other, principles);
    }

    private static <T> ImmutableList<T> add(List<T> list, T item) {
        return ImmutableList.<T>builder().addAll(list).add(item).build();
    }

    private static <T> ImmutableList<T> replace(List<T> list, T item, java.util.function.Predicate<T> which) {
        return list.stream().map(x -> which.test(x) ? item : x).collect(ImmutableList.toImmutableList());
    }
}
