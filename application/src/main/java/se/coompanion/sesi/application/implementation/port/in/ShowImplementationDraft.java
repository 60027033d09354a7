package se.coompanion.sesi.application.implementation.port.in;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import se.coompanion.sesi.application.synthesis.port.in.ListRecommendations;
import se.coompanion.sesi.application.synthesis.port.in.PrepareFinalReport;
import se.coompanion.sesi.application.synthesis.port.in.ResolvedEvidence;
import se.coompanion.sesi.domain.actor.Actor;
import se.coompanion.sesi.domain.competence.Competence;
import se.coompanion.sesi.domain.implementation.ActivityId;
import se.coompanion.sesi.domain.implementation.Aim;
import se.coompanion.sesi.domain.implementation.ExpectedResult;
import se.coompanion.sesi.domain.implementation.Gap;
import se.coompanion.sesi.domain.implementation.ImplementationDraft;
import se.coompanion.sesi.domain.implementation.ModuleRef;
import se.coompanion.sesi.domain.implementation.PrincipleWork;
import se.coompanion.sesi.domain.implementation.ProjectActivity;
import se.coompanion.sesi.domain.implementation.ProjectPartner;
import se.coompanion.sesi.domain.implementation.ProjectTargetGroup;
import se.coompanion.sesi.domain.implementation.Risk;
import se.coompanion.sesi.domain.implementation.TargetGroupKind;
import se.coompanion.sesi.domain.learning.LearningModule;
import se.coompanion.sesi.domain.needs.NeedTheme;
import se.coompanion.sesi.domain.prestudy.PreStudy;
import se.coompanion.sesi.domain.shared.Message;
import se.coompanion.sesi.domain.synthesis.EvidenceReference;
import se.coompanion.sesi.domain.synthesis.TargetGroupTally;

/**
 * The whole draft of the implementation project as a document shows it (docs/implementation.md, "The read model"):
 * every part with what it rests on resolved against the records today, the figures that size the target groups, the
 * baselines' values, the pre-study's findings on each horizontal principle, the check's gaps, and the evidence
 * numbered for an annex in the order first cited. A {@code NotFoundException} without a pre-study or a draft.
 */
public interface ShowImplementationDraft {

    DraftView show();

    /**
     * The draft's working title, without reading the other areas: for a document that points to the draft (the final
     * report). Empty before a draft is made; a {@code NotFoundException} without a pre-study.
     *
     * @return the title, or empty
     */
    Optional<String> title();

    /**
     * @param preStudy        the pre-study the draft comes from
     * @param draft           the draft as stored
     * @param producedOn      the day it is shown
     * @param recommendations the synthesis's recommendations with their evidence today
     * @param sizing          the figures that size the target groups
     * @param aims            the aims with what they rest on
     * @param targetGroups    the target groups with what they rest on
     * @param activities      every activity (merged and dropped too), in number order
     * @param partners        the partners with their actors and place on the shortlist
     * @param risks           the risks, in number order
     * @param principles      the horizontal principles with the pre-study's findings and the activities answering
     * @param gaps            the check's gaps
     * @param annex           every piece of evidence cited, numbered 1, 2, 3 ... in the order first cited: aims, target
     *                        groups, activities (their grounds, then their baselines), partners
     */
    record DraftView(PreStudy preStudy, ImplementationDraft draft, LocalDate producedOn,
            List<ListRecommendations.Listed> recommendations, Sizing sizing, List<AimView> aims,
            List<TargetGroupView> targetGroups, List<ActivityView> activities, List<PartnerView> partners,
            List<Risk> risks, List<PrincipleView> principles, List<Gap> gaps, List<ResolvedEvidence> annex) {

        public DraftView {
            Objects.requireNonNull(preStudy, "preStudy");
            Objects.requireNonNull(draft, "draft");
            Objects.requireNonNull(producedOn, "producedOn");
            recommendations = List.copyOf(recommendations);
            Objects.requireNonNull(sizing, "sizing");
            aims = List.copyOf(aims);
            targetGroups = List.copyOf(targetGroups);
            activities = List.copyOf(activities);
            partners = List.copyOf(partners);
            risks = List.copyOf(risks);
            principles = List.copyOf(principles);
            gaps = List.copyOf(gaps);
            annex = List.copyOf(annex);
        }

        /** The annex number of a piece of evidence (1 for the first); 0 when the draft does not cite it. */
        public int annexNumber(EvidenceReference reference) {
            for (int i = 0; i < annex.size(); i++) {
                if (annex.get(i).reference().code().equals(reference.code())) {
                    return i + 1;
                }
            }
            return 0;
        }

        /** The live activities (proposed or accepted): the project. */
        public List<ActivityView> liveActivities() {
            return activities.stream().filter(a -> a.activity().isLive()).toList();
        }
    }

    /**
     * What a claim rests on, resolved today.
     *
     * @param recommendations the recommendations it cites, with their evidence
     * @param evidence        every piece of evidence, through the recommendations and cited directly, each once
     */
    record Support(List<ListRecommendations.Listed> recommendations, List<ResolvedEvidence> evidence) {

        public Support {
            recommendations = List.copyOf(recommendations);
            evidence = List.copyOf(evidence);
        }

        /** True when some piece of its evidence resolves. */
        public boolean resolves() {
            return evidence.stream().anyMatch(ResolvedEvidence::resolves);
        }
    }

    /**
     * The figures of the pre-study that size the target groups.
     *
     * @param surveyed       the survey's population (units surveyed); 0 without a survey
     * @param returned       complete and partial returns
     * @param responseRate   AAPOR RR2; empty without units
     * @param enterprises    social enterprises of the competence mapping
     * @param targetGroups   the needs by ESF+ target group
     * @param municipalities the municipalities of the region
     * @param assessed       of them, those whose needs assessment is conducted or validated
     */
    record Sizing(long surveyed, long returned, OptionalDouble responseRate, int enterprises,
            List<TargetGroupTally> targetGroups, int municipalities, int assessed) {

        public Sizing {
            Objects.requireNonNull(responseRate, "responseRate");
            targetGroups = List.copyOf(targetGroups);
        }

        /** True when the records size the group: a survey or mapping, needs by target group, assessments. */
        public boolean sizes(TargetGroupKind kind) {
            return switch (kind) {
                case ORGANISATIONS -> surveyed > 0 || enterprises > 0;
                case INDIVIDUALS -> targetGroups.stream().anyMatch(t -> t.needs() > 0);
                case MUNICIPALITIES -> assessed > 0;
            };
        }
    }

    /**
     * @param aim     the aim
     * @param support what it rests on
     */
    record AimView(Aim aim, Support support) {
    }

    /**
     * @param group   the target group
     * @param sized   whether the records size it (see {@link Sizing#sizes})
     * @param support what else it rests on
     */
    record TargetGroupView(ProjectTargetGroup group, boolean sized, Support support) {
    }

    /**
     * @param activity     the activity
     * @param support      what it rests on
     * @param modules      the modules it trains with, each with the programme's module (empty when missing)
     * @param results      its outputs and results with their baselines' values
     * @param needs        the prioritised needs it answers
     * @param competences  the top-5 competence gaps it answers
     * @param now          where a merged activity lives on (the activity it was merged into, followed); itself when
     *                     live; empty when dropped
     */
    record ActivityView(ProjectActivity activity, Support support, List<ModuleView> modules,
            List<ResultView> results, List<NeedTheme> needs, List<Competence> competences,
            Optional<ActivityId> now) {

        public ActivityView {
            modules = List.copyOf(modules);
            results = List.copyOf(results);
            needs = List.copyOf(needs);
            competences = List.copyOf(competences);
        }
    }

    /**
     * @param ref    the module as cited
     * @param module the programme's module; empty when the programme does not have it
     */
    record ModuleView(ModuleRef ref, Optional<LearningModule> module) {
    }

    /**
     * @param result   the result with its indicator
     * @param baseline the baseline's value in the indicator's unit (a measured one as the records give it today);
     *                 empty without a baseline or when it gives no value
     * @param evidence the evidence a measured baseline is read from, resolved
     * @param problem  why a measured baseline gives no value
     */
    record ResultView(ExpectedResult result, Optional<BigDecimal> baseline, Optional<ResolvedEvidence> evidence,
            Optional<Message> problem) {
    }

    /**
     * @param partner   the partner
     * @param actor     the actor of the register (empty if it is gone)
     * @param shortlist its place on the partner shortlist, resolved today
     */
    record PartnerView(ProjectPartner partner, Optional<Actor> actor, ResolvedEvidence shortlist) {
    }

    /**
     * @param work          the team's approach and the activities it names
     * @param answeredBy    the live activities that answer it (after merges), in number order
     * @param people        every count of people of the pre-study, by gender
     * @param targetGroups  the ESF+ target groups the needs concern (for non-discrimination; empty otherwise)
     * @param accessibility the accessibility measures recorded (for accessibility; empty otherwise)
     */
    record PrincipleView(PrincipleWork work, List<ActivityId> answeredBy, List<PrepareFinalReport.PeopleCount> people,
            List<TargetGroupTally> targetGroups, List<PrepareFinalReport.AccessibilityMeasure> accessibility) {

        public PrincipleView {
            answeredBy = List.copyOf(answeredBy);
            people = List.copyOf(people);
            targetGroups = List.copyOf(targetGroups);
            accessibility = List.copyOf(accessibility);
        }
    }
}
