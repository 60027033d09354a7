package se.coompanion.sesi.application.implementation;

import com.google.common.collect.ImmutableSortedSet;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Collectors;
import se.coompanion.sesi.application.implementation.port.in.DraftImplementation;
import se.coompanion.sesi.application.implementation.port.in.EditAims;
import se.coompanion.sesi.application.implementation.port.in.EditPrinciples;
import se.coompanion.sesi.application.implementation.port.in.EditRisks;
import se.coompanion.sesi.application.implementation.port.in.EditTargetGroups;
import se.coompanion.sesi.application.implementation.port.in.Edited;
import se.coompanion.sesi.application.implementation.port.in.RenameImplementationProject;
import se.coompanion.sesi.application.implementation.port.out.ImplementationDrafts;
import se.coompanion.sesi.application.shared.CommandReading;
import se.coompanion.sesi.application.shared.CommandValidator;
import se.coompanion.sesi.application.shared.ConflictException;
import se.coompanion.sesi.application.shared.port.out.Transactions;
import se.coompanion.sesi.application.synthesis.port.in.Evidence;
import se.coompanion.sesi.application.synthesis.port.in.ListRecommendations;
import se.coompanion.sesi.application.synthesis.port.in.ResolvedEvidence;
import se.coompanion.sesi.domain.implementation.ActivityId;
import se.coompanion.sesi.domain.implementation.Aim;
import se.coompanion.sesi.domain.implementation.Baseline;
import se.coompanion.sesi.domain.implementation.ExpectedResult;
import se.coompanion.sesi.domain.implementation.HorizontalPrinciple;
import se.coompanion.sesi.domain.implementation.ImplementationDraft;
import se.coompanion.sesi.domain.implementation.Indicator;
import se.coompanion.sesi.domain.implementation.PartnerRole;
import se.coompanion.sesi.domain.implementation.PrincipleWork;
import se.coompanion.sesi.domain.implementation.ProjectPartner;
import se.coompanion.sesi.domain.implementation.ProjectTargetGroup;
import se.coompanion.sesi.domain.implementation.ResultProposal;
import se.coompanion.sesi.domain.implementation.Risk;
import se.coompanion.sesi.domain.implementation.RiskLevel;
import se.coompanion.sesi.domain.implementation.TargetGroupKind;
import se.coompanion.sesi.domain.prestudy.PreStudy;
import se.coompanion.sesi.domain.shared.County;
import se.coompanion.sesi.domain.shared.DomainException;
import se.coompanion.sesi.domain.shared.LegalForm;
import se.coompanion.sesi.domain.shared.Message;
import se.coompanion.sesi.domain.survey.Choice;
import se.coompanion.sesi.domain.survey.Question;
import se.coompanion.sesi.domain.synthesis.EvidenceReference;
import se.coompanion.sesi.domain.synthesis.RecordedRecommendation;
import se.coompanion.sesi.domain.synthesis.ThemeLinks;

/**
 * The implementation project's draft: made from the synthesis, and its title, aims, target groups, risks and work
 * with the horizontal principles written by the team. Every change runs in one transaction; what it cites is checked
 * against the records when it is cited ({@link DraftReferences}).
 */
public final class ImplementationDraftService implements DraftImplementation, RenameImplementationProject, EditAims,
        EditTargetGroups, EditRisks, EditPrinciples {

    /** The longest question text an indicator's name quotes. */
    private static final int QUOTED = 200;

    private final ImplementationDrafts drafts;
    private final ImplementationQueries areas;
    private final DraftStore store;
    private final Transactions transactions;
    private final CommandValidator validator;
    private final Clock clock;

    public ImplementationDraftService(ImplementationDrafts drafts, ImplementationQueries areas,
            Transactions transactions, CommandValidator validator, Clock clock) {
        this.drafts = Objects.requireNonNull(drafts);
        this.areas = Objects.requireNonNull(areas);
        this.store = new DraftStore(drafts, transactions);
        this.transactions = Objects.requireNonNull(transactions);
        this.validator = Objects.requireNonNull(validator);
        this.clock = Objects.requireNonNull(clock);
    }

    @Override
    public DraftImplementation.Result draft(DraftImplementation.Command command) {
        validator.check(command);
        Locale locale = Locale.forLanguageTag(command.language() == null ? "sv" : command.language());
        return transactions.inTransaction(() -> {
            PreStudy preStudy = areas.projectFacts().show();
            List<ListRecommendations.Listed> recommendations = areas.recommendations().list();
            if (recommendations.isEmpty()) {
                throw new ConflictException(Message.of(ImplementationDraftService.class, "draft.noRecommendations"));
            }
            Optional<ImplementationDraft> existing = drafts.find();
            if (existing.isPresent() && !command.update()) {
                throw new ConflictException(Message.of(ImplementationDraftService.class, "draft.exists",
                        LocalDate.ofInstant(existing.get().createdAt(), clock.getZone())));
            }
            ImplementationDraft before = existing.orElseGet(() -> start(preStudy, command.title(), locale));
            if (existing.isPresent() && command.title() != null && !command.title().isBlank()) {
                before = before.withTitle(command.title());
            }
            Map<String, ResolvedEvidence> evidence = new LinkedHashMap<>();
            recommendations.forEach(l -> l.evidence().forEach(e -> evidence.put(e.reference().code(), e)));
            ImplementationDraft after = before.withProposals(recommendations.stream()
                    .map(ListRecommendations.Listed::recommendation).toList(), r -> results(r, evidence, locale));
            TreeSet<ActivityId> proposed = new TreeSet<>(after.activities().stream().map(a -> a.id()).toList());
            before.activities().forEach(a -> proposed.remove(a.id()));
            drafts.save(after);
            return new DraftImplementation.Result(after, List.copyOf(proposed),
                    existing.isPresent() ? 0 : after.partners().size(), existing.isPresent());
        });
    }

    private ImplementationDraft start(PreStudy preStudy, String title, Locale locale) {
        String named = title == null || title.isBlank()
                ? text(locale, "draft.defaultTitle", preStudy.facts().name()) : title;
        Map<TargetGroupKind, String> groups = new EnumMap<>(TargetGroupKind.class);
        for (TargetGroupKind kind : TargetGroupKind.values()) {
            groups.put(kind, text(locale, "group.description." + kind.name()));
        }
        List<ProjectPartner> partners = areas.shortlist().shortlist().stream()
                .map(r -> new ProjectPartner(r.actor().key(), PartnerRole.of(r.assessment().candidacy()),
                        Optional.empty(), Optional.empty())).toList();
        return ImplementationDraft.start(named, clock.instant(), groups, partners);
    }

    /** The results the recommendation's evidence proposes, with texts in the draft's language. */
    private static List<ExpectedResult> results(RecordedRecommendation recommendation,
            Map<String, ResolvedEvidence> evidence, Locale locale) {
        List<ExpectedResult> results = new ArrayList<>();
        for (ResultProposal proposal : ResultProposal.of(recommendation.recommendation(), ThemeLinks.STANDARD)) {
            Baseline.Measured baseline = proposal.baseline();
            Optional<Evidence> found = Optional.ofNullable(evidence.get(baseline.evidence().code()))
                    .flatMap(ResolvedEvidence::evidence);
            String description;
            String indicator;
            if (baseline instanceof Baseline.SurveyShare share) {
                Optional<Question> question = found.filter(Evidence.SurveyTable.class::isInstance)
                        .map(e -> ((Evidence.SurveyTable) e).table().question());
                String label = question.map(q -> quoted(q.label())).orElse(share.variable());
                String answers = share.codes().stream().map(c -> text(locale, "result.survey.answer", question
                        .flatMap(q -> q.choice(c)).map(Choice::label).orElse(c)))
                        .collect(Collectors.joining(text(locale, "result.or")));
                String group = group(share.group(), locale);
                description = text(locale, "result.survey.description", label, group);
                indicator = text(locale, "result.survey.indicator", answers, group);
            } else {
                String competence = found.filter(Evidence.BorichRank.class::isInstance)
                        .map(e -> ((Evidence.BorichRank) e).ranked().score().competence().name(locale))
                        .orElse(((Baseline.MeanGap) baseline).competence().value());
                description = text(locale, "result.gap.description", competence);
                indicator = text(locale, "result.gap.indicator", competence);
            }
            results.add(new ExpectedResult(results.size() + 1, proposal.level(), description,
                    new Indicator(indicator, baseline.unit(), Optional.of(baseline), Optional.empty())));
        }
        return results;
    }

    /** The question's text as a short quotation: one line, without its closing full stop, at most 200 characters. */
    private static String quoted(String label) {
        String text = label.strip().replaceAll("\\s+", " ").replaceAll("\\.$", "");
        return text.length() <= QUOTED ? text : text.substring(0, QUOTED - 1).strip() + "…";
    }

    private static String group(String group, Locale locale) {
        if (group.equals(EvidenceReference.SurveyTable.ALL)) {
            return "";
        }
        String name = group.matches("\\d{2}") ? County.of(group).name() : LegalForm.valueOf(group).name(locale);
        return text(locale, "result.survey.group", name);
    }

    private static String text(Locale locale, String key, Object... args) {
        return Message.of(ImplementationDraftService.class, key, args).format(locale);
    }

    @Override
    public Edited rename(RenameImplementationProject.Command command) {
        validator.check(command);
        return store.edit(d -> d.withTitle(command.title()), ImplementationDraft::title);
    }

    @Override
    public Edited edit(EditAims.Command command) {
        validator.check(command);
        CommandReading fields = new CommandReading();
        if (command instanceof EditAims.Add add) {
            List<EvidenceReference> evidence = DraftReferences.parse(fields, "evidence", add.evidence());
            fields.check();
            return store.edit(d -> d.addAim(add.text(), new DraftReferences(areas).grounds(add.recommendations(),
                    evidence)), d -> String.valueOf(d.aims().get(d.aims().size() - 1).number()));
        }
        if (command instanceof EditAims.Change change) {
            DraftReferences.Edit grounds = DraftReferences.Edit.parse(fields, change.grounds());
            fields.check();
            return store.edit(d -> {
                Aim aim = d.aim(change.number());
                return d.withAim(new Aim(aim.number(), change.text() == null ? aim.text() : change.text(),
                        new DraftReferences(areas).changed(aim.grounds(), grounds)));
            }, d -> String.valueOf(change.number()));
        }
        EditAims.Remove remove = (EditAims.Remove) command;
        return store.edit(d -> d.withoutAim(remove.number()), d -> String.valueOf(remove.number()));
    }

    @Override
    public Edited edit(EditTargetGroups.Command command) {
        validator.check(command);
        CommandReading fields = new CommandReading();
        TargetGroupKind kind = fields.required("group", command.group(), TargetGroupKind::parse);
        DraftReferences.Edit grounds = DraftReferences.Edit.parse(fields, command.grounds());
        fields.check();
        return store.edit(d -> {
            ProjectTargetGroup group = d.targetGroup(kind);
            return d.withTargetGroup(new ProjectTargetGroup(kind, command.description() == null
                    ? group.description() : command.description(),
                    new DraftReferences(areas).changed(group.grounds(), grounds)));
        }, d -> kind.name());
    }

    @Override
    public Edited edit(EditRisks.Command command) {
        validator.check(command);
        CommandReading fields = new CommandReading();
        if (command instanceof EditRisks.Add add) {
            RiskLevel likelihood = fields.required("likelihood", add.likelihood(), RiskLevel::parse);
            RiskLevel impact = fields.required("impact", add.impact(), RiskLevel::parse);
            fields.check();
            return store.edit(d -> d.addRisk(add.description(), likelihood, impact, add.mitigation()),
                    d -> String.valueOf(d.risks().get(d.risks().size() - 1).number()));
        }
        if (command instanceof EditRisks.Change change) {
            Optional<RiskLevel> likelihood = fields.optional("likelihood", change.likelihood(), RiskLevel::parse);
            Optional<RiskLevel> impact = fields.optional("impact", change.impact(), RiskLevel::parse);
            fields.check();
            return store.edit(d -> {
                Risk risk = d.risk(change.number());
                return d.withRisk(new Risk(risk.number(), change.description() == null ? risk.description()
                        : change.description(), likelihood.orElse(risk.likelihood()), impact.orElse(risk.impact()),
                        change.mitigation() == null ? risk.mitigation() : change.mitigation()));
            }, d -> String.valueOf(change.number()));
        }
        EditRisks.Remove remove = (EditRisks.Remove) command;
        return store.edit(d -> d.withoutRisk(remove.number()), d -> String.valueOf(remove.number()));
    }

    @Override
    public Edited edit(EditPrinciples.Command command) {
        validator.check(command);
        CommandReading fields = new CommandReading();
        HorizontalPrinciple principle = fields.required("principle", command.principle(), HorizontalPrinciple::parse);
        List<ActivityId> add = fields.each("addActivities", command.addActivities(), ActivityId::parse);
        List<ActivityId> remove = fields.each("removeActivities", command.removeActivities(), ActivityId::parse);
        fields.check();
        return store.edit(d -> {
            PrincipleWork work = d.principle(principle);
            TreeSet<ActivityId> activities = new TreeSet<>(work.activities());
            for (ActivityId id : remove) {
                if (!activities.remove(id)) {
                    throw new DomainException(Message.of(ImplementationDraftService.class, "principle.notNamed", id,
                            principle.title()));
                }
            }
            activities.addAll(add);
            Optional<String> approach = command.approach() == null ? work.approach()
                    : Optional.of(command.approach());
            return d.withPrinciple(new PrincipleWork(principle, approach, ImmutableSortedSet.copyOf(activities)));
        }, d -> principle.name());
    }
}
