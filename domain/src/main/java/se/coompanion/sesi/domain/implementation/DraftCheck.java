package se.coompanion.sesi.domain.implementation;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import se.coompanion.sesi.domain.actor.Actor;
import se.coompanion.sesi.domain.actor.ActorReference;
import se.coompanion.sesi.domain.competence.BorichRanking;
import se.coompanion.sesi.domain.competence.CompetenceKey;
import se.coompanion.sesi.domain.needs.NeedTheme;
import se.coompanion.sesi.domain.needs.ThemeTally;
import se.coompanion.sesi.domain.shared.County;
import se.coompanion.sesi.domain.shared.Message;
import se.coompanion.sesi.domain.shared.Municipality;
import se.coompanion.sesi.domain.synthesis.EvidenceReference;
import se.coompanion.sesi.domain.synthesis.RecordedRecommendation;

/**
 * The check of a draft against the pre-study's evidence (docs/implementation.md, "The check"): every claim the
 * evidence does not support, every prioritised need and top-5 competence gap no activity answers, every county and
 * municipality of the region without a partner, every indicator without a baseline or a target, every horizontal
 * principle without an activity, and what the team has still to decide or write. The <b>live</b> activities (proposed
 * or accepted) are the project; merged and dropped ones answer nothing.
 *
 * <ul>
 * <li>A <b>claim</b> is an aim, a target group, a live activity or a partner (one that has not declined its letter of
 *     intent). Its evidence is what it cites directly and what its recommendations cite; a partner's is its place on
 *     the partner shortlist ({@code partner:KEY}). A claim is <b>unsupported</b> when none of its evidence resolves (a
 *     target group is also supported when the records size it); otherwise each piece that no longer resolves is
 *     <b>broken evidence</b>.</li>
 * <li>An activity <b>answers a need</b> when its evidence cites needs of the theme; it <b>answers a competence gap</b>
 *     when its evidence cites the competence's Borich rank or it trains with a module that addresses the
 *     competence.</li>
 * <li>A municipality <b>has a partner</b> when a partner that counts is registered in it; a county when one is
 *     registered in one of its municipalities.</li>
 * </ul>
 */
public final class DraftCheck {

    private final ImplementationDraft draft;
    private final CheckFacts facts;
    private final List<Gap> gaps = new ArrayList<>();

    private DraftCheck(ImplementationDraft draft, CheckFacts facts) {
        this.draft = draft;
        this.facts = facts;
    }

    /** Every gap of the draft, in the order of {@link GapKind}, each kind in the draft's order. */
    public static ImmutableList<Gap> of(ImplementationDraft draft, CheckFacts facts) {
        DraftCheck check = new DraftCheck(draft, facts);
        check.claims();
        check.needs();
        check.competences();
        check.partners();
        check.activities();
        check.principles();
        check.sections();
        return check.gaps.stream().sorted(Comparator.comparing(Gap::kind)).collect(ImmutableList.toImmutableList());
    }

    /** What the activity rests on: its recommendations' evidence and its own, each once. */
    public static ImmutableList<EvidenceReference> evidence(ProjectActivity activity,
            Map<Integer, RecordedRecommendation> recommendations) {
        return activity.grounds().allEvidence(recommendations);
    }

    /** True when the activity's evidence cites needs of the theme (of the region or of one municipality). */
    public static boolean answers(ProjectActivity activity, NeedTheme theme,
            Map<Integer, RecordedRecommendation> recommendations) {
        return evidence(activity, recommendations).stream().anyMatch(r -> r instanceof EvidenceReference.Need need
                && need.theme().equals(theme));
    }

    /** True when the activity's evidence cites the competence's rank or one of its modules addresses it. */
    public static boolean answers(ProjectActivity activity, CompetenceKey competence,
            Map<Integer, RecordedRecommendation> recommendations, Map<ModuleRef, ImmutableSet<CompetenceKey>> modules) {
        return evidence(activity, recommendations).stream().anyMatch(r -> r instanceof EvidenceReference.BorichRank b
                && b.competence().equals(competence))
                || activity.modules().stream().anyMatch(m -> modules.getOrDefault(m, ImmutableSet.of())
                        .contains(competence));
    }

    private void claims() {
        for (Aim aim : draft.aims()) {
            claim("aim:" + aim.number(), Message.of(DraftCheck.class, "claim.aim", aim.number()), aim.grounds(),
                    false);
        }
        for (ProjectTargetGroup group : draft.targetGroups()) {
            claim("group:" + group.kind(), Message.of(DraftCheck.class, "claim.group", group.kind().title()),
                    group.grounds(), facts.sized().contains(group.kind()));
        }
        for (ProjectActivity activity : draft.liveActivities()) {
            claim("activity:" + activity.id(), activityName(activity), activity.grounds(), false);
        }
        for (ProjectPartner partner : draft.partners()) {
            if (partner.counts()) {
                EvidenceReference reference = new EvidenceReference.PartnerCandidate(
                        new ActorReference.ByKey(partner.actor()));
                claim("partner:" + partner.actor(), Message.of(DraftCheck.class, "claim.partner",
                        Optional.ofNullable(facts.actors().get(partner.actor())).map(Actor::name)
                                .orElse(partner.actor().value())),
                        Grounds.of(List.of(), List.of(reference)), false);
            }
        }
    }

    private void claim(String subject, Message name, Grounds grounds, boolean sized) {
        List<String> broken = new ArrayList<>();
        List<Message> why = new ArrayList<>();
        for (int number : grounds.recommendations()) {
            if (!facts.recommendations().containsKey(number)) {
                broken.add("recommendation:" + number);
                why.add(Message.of(DraftCheck.class, "claim.noRecommendation", number));
            }
        }
        ImmutableList<EvidenceReference> evidence = grounds.allEvidence(facts.recommendations());
        for (EvidenceReference reference : evidence) {
            Message problem = facts.unresolved().get(reference.code());
            if (problem != null) {
                broken.add(reference.code());
                why.add(problem);
            }
        }
        boolean supported = sized || evidence.size() > broken.size() - missingRecommendations(broken);
        if (!supported) {
            Message reasons = why.isEmpty() ? Message.of(DraftCheck.class, "claim.citesNothing")
                    : joined(broken, why);
            gaps.add(new Gap(GapKind.UNSUPPORTED_CLAIM, subject, Optional.empty(),
                    Message.of(DraftCheck.class, "gap.UNSUPPORTED_CLAIM", name, reasons)));
            return;
        }
        for (int i = 0; i < broken.size(); i++) {
            gaps.add(new Gap(GapKind.BROKEN_EVIDENCE, subject, Optional.of(broken.get(i)),
                    Message.of(DraftCheck.class, "gap.BROKEN_EVIDENCE", name, broken.get(i), why.get(i))));
        }
    }

    private static int missingRecommendations(List<String> broken) {
        return (int) broken.stream().filter(b -> b.startsWith("recommendation:")).count();
    }

    private static Message joined(List<String> codes, List<Message> why) {
        Message all = Message.of(DraftCheck.class, "claim.because", codes.get(0), why.get(0));
        for (int i = 1; i < codes.size(); i++) {
            all = Message.of(DraftCheck.class, "claim.andBecause", all, codes.get(i), why.get(i));
        }
        return all;
    }

    private void needs() {
        for (ThemeTally tally : facts.prioritised()) {
            boolean answered = draft.liveActivities().stream()
                    .anyMatch(a -> answers(a, tally.theme(), facts.recommendations()));
            if (!answered) {
                gaps.add(new Gap(GapKind.NEED_UNANSWERED, tally.theme().code(), Optional.empty(), Message.of(
                        DraftCheck.class, "gap.NEED_UNANSWERED", tally.theme().title(), tally.high(),
                        tally.municipalities())));
            }
        }
    }

    private void competences() {
        for (BorichRanking.Ranked gap : facts.topGaps()) {
            CompetenceKey key = gap.score().competence().key();
            boolean answered = draft.liveActivities().stream()
                    .anyMatch(a -> answers(a, key, facts.recommendations(), facts.modules()));
            if (!answered) {
                gaps.add(new Gap(GapKind.GAP_UNANSWERED, key.value(), Optional.empty(), Message.of(DraftCheck.class,
                        "gap.GAP_UNANSWERED", gap.score().competence().title(), gap.rank())));
            }
        }
    }

    private void partners() {
        Set<Municipality> places = new TreeSet<>();
        for (ProjectPartner partner : draft.partners()) {
            Actor actor = facts.actors().get(partner.actor());
            if (partner.counts() && actor != null) {
                actor.municipality().ifPresent(places::add);
            }
        }
        Set<County> counties = new TreeSet<>();
        facts.region().forEach(m -> counties.add(m.county()));
        for (County county : counties) {
            if (places.stream().noneMatch(m -> m.county().equals(county))) {
                gaps.add(new Gap(GapKind.COUNTY_WITHOUT_PARTNER, county.code(), Optional.empty(),
                        Message.of(DraftCheck.class, "gap.COUNTY_WITHOUT_PARTNER", county.name())));
            }
        }
        for (Municipality municipality : new TreeSet<>(facts.region())) {
            if (!places.contains(municipality)) {
                gaps.add(new Gap(GapKind.MUNICIPALITY_WITHOUT_PARTNER, municipality.code(), Optional.empty(),
                        Message.of(DraftCheck.class, "gap.MUNICIPALITY_WITHOUT_PARTNER", municipality.name(),
                                municipality.code())));
            }
        }
    }

    private void activities() {
        for (ProjectActivity activity : draft.liveActivities()) {
            Message name = activityName(activity);
            String id = activity.id().toString();
            if (activity.status() == ActivityStatus.PROPOSED) {
                gaps.add(new Gap(GapKind.ACTIVITY_UNDECIDED, id, Optional.empty(),
                        Message.of(DraftCheck.class, "gap.ACTIVITY_UNDECIDED", name)));
            }
            if (!activity.has(ResultLevel.OUTPUT)) {
                gaps.add(new Gap(GapKind.ACTIVITY_WITHOUT_OUTPUT, id, Optional.empty(),
                        Message.of(DraftCheck.class, "gap.ACTIVITY_WITHOUT_OUTPUT", name)));
            }
            if (!activity.has(ResultLevel.SHORT_TERM) && !activity.has(ResultLevel.LONG_TERM)) {
                gaps.add(new Gap(GapKind.ACTIVITY_WITHOUT_RESULT, id, Optional.empty(),
                        Message.of(DraftCheck.class, "gap.ACTIVITY_WITHOUT_RESULT", name)));
            }
            for (ModuleRef module : activity.modules()) {
                if (!facts.modules().containsKey(module)) {
                    gaps.add(new Gap(GapKind.MODULE_MISSING, id, Optional.of(module.toString()),
                            Message.of(DraftCheck.class, "gap.MODULE_MISSING", name, module)));
                }
            }
            for (ExpectedResult result : activity.results()) {
                indicator(activity, result);
            }
        }
    }

    private void indicator(ProjectActivity activity, ExpectedResult result) {
        String subject = activity.id() + "/" + result.number();
        Indicator indicator = result.indicator();
        Optional<Baseline> baseline = indicator.baseline();
        if (baseline.isEmpty()) {
            gaps.add(new Gap(GapKind.INDICATOR_WITHOUT_BASELINE, subject, Optional.empty(),
                    Message.of(DraftCheck.class, "gap.INDICATOR_WITHOUT_BASELINE", subject, indicator.name())));
        } else if (baseline.get() instanceof Baseline.Measured measured
                && facts.baselines().containsKey(measured.code())) {
            gaps.add(new Gap(GapKind.INDICATOR_WITHOUT_BASELINE, subject, Optional.of(measured.code()),
                    Message.of(DraftCheck.class, "gap.baselineWithoutValue", subject, indicator.name(),
                            measured.code(), facts.baselines().get(measured.code()))));
        }
        if (indicator.target().isEmpty()) {
            gaps.add(new Gap(GapKind.INDICATOR_WITHOUT_TARGET, subject, Optional.empty(),
                    Message.of(DraftCheck.class, "gap.INDICATOR_WITHOUT_TARGET", subject, indicator.name())));
        }
    }

    private void principles() {
        for (PrincipleWork work : draft.principles()) {
            if (work.activities().stream().map(draft::live).noneMatch(Optional::isPresent)) {
                gaps.add(new Gap(GapKind.PRINCIPLE_WITHOUT_ACTIVITY, work.principle().name(), Optional.empty(),
                        Message.of(DraftCheck.class, "gap.PRINCIPLE_WITHOUT_ACTIVITY", work.principle().title())));
            }
        }
    }

    private void sections() {
        section(draft.aims().isEmpty(), "AIMS");
        section(draft.liveActivities().isEmpty(), "ACTIVITIES");
        section(draft.partners().stream().noneMatch(ProjectPartner::counts), "PARTNERS");
        section(draft.risks().isEmpty(), "RISKS");
    }

    private void section(boolean empty, String section) {
        if (empty) {
            gaps.add(new Gap(GapKind.SECTION_EMPTY, section, Optional.empty(),
                    Message.of(DraftCheck.class, "gap.SECTION_EMPTY." + section)));
        }
    }

    private static Message activityName(ProjectActivity activity) {
        return Message.of(DraftCheck.class, "claim.activity", activity.id(), activity.title());
    }
}
