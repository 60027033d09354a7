package se.coompanion.sesi.application.survey;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import se.coompanion.sesi.application.shared.CommandValidator;
import se.coompanion.sesi.application.shared.InvalidInputException;
import se.coompanion.sesi.application.shared.NotFoundException;
import se.coompanion.sesi.application.shared.Problem;
import se.coompanion.sesi.application.shared.port.out.Transactions;
import se.coompanion.sesi.application.survey.port.in.ChangeEntrySettings;
import se.coompanion.sesi.application.survey.port.in.CompareEntries;
import se.coompanion.sesi.application.survey.port.in.ResolveDisagreement;
import se.coompanion.sesi.application.survey.port.in.ShowEntryStatus;
import se.coompanion.sesi.application.survey.port.out.DispositionEvents;
import se.coompanion.sesi.domain.survey.entry.EntrySettings;
import se.coompanion.sesi.application.survey.port.out.FieldDifference;
import se.coompanion.sesi.application.survey.port.out.KeyedForms;
import se.coompanion.sesi.application.survey.port.out.PassSummary;
import se.coompanion.sesi.application.survey.port.out.Questionnaires;
import se.coompanion.sesi.application.survey.port.out.ReturnedForms;
import se.coompanion.sesi.application.survey.port.out.SamplingFrames;
import se.coompanion.sesi.domain.shared.DomainException;
import se.coompanion.sesi.domain.shared.Message;
import se.coompanion.sesi.domain.survey.FrameUnit;
import se.coompanion.sesi.domain.survey.Question;
import se.coompanion.sesi.domain.survey.Questionnaire;
import se.coompanion.sesi.domain.survey.ResponseId;
import se.coompanion.sesi.domain.survey.entry.AnswerFormat;
import se.coompanion.sesi.domain.survey.entry.Disagreement;
import se.coompanion.sesi.domain.survey.entry.EntryPass;
import se.coompanion.sesi.domain.survey.entry.FormReview;
import se.coompanion.sesi.domain.survey.entry.FormState;
import se.coompanion.sesi.domain.survey.entry.Resolution;

/**
 * Double data entry: the setting that switches it on, the comparison of the two passes with the agreement rate,
 * the resolutions of disagreements (and corrections), and the state of every keyed form.
 */
public final class DoubleEntryService implements ChangeEntrySettings, ShowEntryStatus, CompareEntries,
        ResolveDisagreement {

    /** Forms brought up to date per batch when the setting changes. */
    private static final int BATCH = 1_000;

    private final SamplingFrames frames;
    private final DispositionEvents dispositions;
    private final Questionnaires questionnaires;
    private final KeyedForms keyed;
    private final ReturnedForms returned;
    private final Transactions transactions;
    private final CommandValidator validator;
    private final Clock clock;
    private final FormUpdates updates;

    public DoubleEntryService(SamplingFrames frames, DispositionEvents dispositions, Questionnaires questionnaires,
            KeyedForms keyed, ReturnedForms returned, Transactions transactions, CommandValidator validator,
            Clock clock) {
        this.frames = Objects.requireNonNull(frames);
        this.dispositions = Objects.requireNonNull(dispositions);
        this.questionnaires = Objects.requireNonNull(questionnaires);
        this.keyed = Objects.requireNonNull(keyed);
        this.returned = Objects.requireNonNull(returned);
        this.transactions = Objects.requireNonNull(transactions);
        this.validator = Objects.requireNonNull(validator);
        this.clock = Objects.requireNonNull(clock);
        this.updates = new FormUpdates(keyed, returned, dispositions);
    }

    @Override
    public ChangeEntrySettings.Result change(ChangeEntrySettings.Command command) {
        validator.check(command);
        return transactions.inTransaction(() -> {
            EntrySettings now = keyed.settings();
            if (now.doubleEntry() == command.doubleEntry()) {
                return new ChangeEntrySettings.Result(now, false, returned.states());
            }
            EntrySettings changed = new EntrySettings(command.doubleEntry(), Optional.of(command.changedBy().strip()),
                    Optional.of(clock.instant()));
            keyed.save(changed);
            Map<ResponseId, FrameUnit> units = population();
            FormUpdates.Scope scope = new FormUpdates.Scope(questionnaires.all(), changed.doubleEntry(), units::get,
                    dispositions.latest());
            List<ResponseId> forms = keyed.summaries().stream().map(PassSummary::responseId).distinct().toList();
            for (int from = 0; from < forms.size(); from += BATCH) {
                updates.apply(forms.subList(from, Math.min(from + BATCH, forms.size())), scope, Optional.empty(),
                        clock.instant());
            }
            return new ChangeEntrySettings.Result(changed, true, returned.states());
        });
    }

    @Override
    public ShowEntryStatus.Result status() {
        return transactions.inTransaction(() -> {
            Map<ResponseId, Set<EntryPass>> passes = new HashMap<>();
            keyed.summaries().forEach(s -> passes.computeIfAbsent(s.responseId(), k -> new LinkedHashSet<>())
                    .add(s.pass()));
            List<ShowEntryStatus.Form> forms = returned.list().stream()
                    .map(f -> new ShowEntryStatus.Form(f, passes.getOrDefault(f.responseId(), Set.of())
                            .contains(EntryPass.FIRST), passes.getOrDefault(f.responseId(), Set.of())
                            .contains(EntryPass.SECOND)))
                    .toList();
            return new ShowEntryStatus.Result(keyed.settings(), forms, returned.states());
        });
    }

    @Override
    public CompareEntries.Result compare(CompareEntries.Query query) {
        validator.check(query);
        return transactions.inTransaction(() -> {
            Map<Integer, Questionnaire> versions = versions();
            Map<ResponseId, Map<EntryPass, PassSummary>> byForm = new HashMap<>();
            keyed.summaries().forEach(s -> byForm.computeIfAbsent(s.responseId(), k -> new EnumMap<>(EntryPass.class))
                    .put(s.pass(), s));
            long both = 0;
            long fields = 0;
            long firstOnly = 0;
            long secondOnly = 0;
            long samePerson = 0;
            for (Map<EntryPass, PassSummary> passes : byForm.values()) {
                PassSummary first = passes.get(EntryPass.FIRST);
                PassSummary second = passes.get(EntryPass.SECOND);
                if (first != null && second != null) {
                    both++;
                    fields += versions.get(first.version()).questions().size();
                    samePerson += first.keyedBy().equalsIgnoreCase(second.keyedBy()) ? 1 : 0;
                } else if (first != null) {
                    firstOnly++;
                } else {
                    secondOnly++;
                }
            }
            List<FieldDifference> differences = keyed.differences();
            Map<ResponseId, Map<String, Resolution>> resolutions = new HashMap<>();
            keyed.resolutions(differences.stream().map(FieldDifference::responseId).distinct().toList())
                    .forEach(r -> resolutions.computeIfAbsent(r.responseId(), k -> new HashMap<>())
                            .put(r.variable(), r));
            List<Disagreement> disagreements = new ArrayList<>();
            for (FieldDifference d : differences) {
                disagreements.add(new Disagreement(d.responseId(), d.variable(), d.first(), d.second(),
                        Optional.ofNullable(resolutions.getOrDefault(d.responseId(), Map.of()).get(d.variable()))));
            }
            disagreements.sort(Comparator.comparing(Disagreement::responseId).thenComparingInt(d -> position(versions,
                    byForm.get(d.responseId()).get(EntryPass.FIRST).version(), d.variable())));
            long open = disagreements.stream().filter(Disagreement::isOpen).count();
            List<Disagreement> listed = query.openOnly()
                    ? disagreements.stream().filter(Disagreement::isOpen).toList() : disagreements;
            return new CompareEntries.Result(listed, both, fields, fields - differences.size(), differences.size(),
                    open, firstOnly, secondOnly, samePerson, keyed.settings().doubleEntry());
        });
    }

    private static int position(Map<Integer, Questionnaire> versions, int version, String variable) {
        List<Question> questions = versions.get(version).questions();
        for (int i = 0; i < questions.size(); i++) {
            if (questions.get(i).variable().equals(variable)) {
                return i;
            }
        }
        return questions.size();
    }

    @Override
    public ResolveDisagreement.Result resolve(ResolveDisagreement.Command command) {
        validator.check(command);
        ResponseId id = SurveyInput.responseId("responseId", command.responseId());
        LocalDate today = LocalDate.ofInstant(clock.instant(), clock.getZone());
        return transactions.inTransaction(() -> {
            FrameUnit unit = frames.find(id).orElseThrow(() -> SurveyInput.unitMissing(id));
            var passes = keyed.passes(List.of(id));
            if (passes.isEmpty()) {
                throw new NotFoundException(message("resolve.notKeyed", id.toString()));
            }
            FormReview before = FormReview.of(id, passes, keyed.resolutions(List.of(id)));
            Questionnaire questionnaire = versions().get(before.version());
            String variable = command.variable().strip();
            Question question = questionnaire.question(variable).orElseThrow(() -> InvalidInputException.of(
                    Problem.ofField("variable", variable, message("resolve.unknownVariable", variable,
                            before.version(), id.toString()))));
            String value;
            try {
                value = AnswerFormat.canonical(question, command.value());
            } catch (DomainException e) {
                throw InvalidInputException.of(Problem.ofField(variable, command.value().strip(), e.text()));
            }
            Optional<Disagreement> settles = before.disagreements(questionnaire).stream()
                    .filter(d -> d.variable().equals(variable)).findFirst();
            // The field's value now: its latest resolution, else the value both passes (or the only one) agree on;
            // an open disagreement has none.
            Optional<String> current = Optional.ofNullable(before.resolutions().get(variable)).map(Resolution::value)
                    .or(() -> settles.isPresent() ? Optional.empty() : Optional.of(before.pass(EntryPass.FIRST)
                            .or(() -> before.pass(EntryPass.SECOND)).orElseThrow().answers().value(variable)));
            FormUpdates.Scope scope = FormUpdates.Scope.of(questionnaires, keyed, dispositions, u -> unit);
            if (current.isPresent() && current.get().equals(value)) {
                FormUpdates.Update unchanged = updates.apply(List.of(id), scope, Optional.empty(), clock.instant())
                        .get(0);
                return new ResolveDisagreement.Result(Optional.empty(), value, settles,
                        unchanged.state().orElseThrow(), unchanged.settlement().orElseThrow().open(), Optional.empty());
            }
            Resolution resolution = new Resolution(id, variable, value, command.resolvedBy().strip(), clock.instant());
            keyed.add(resolution);
            FormUpdates.Update update = updates.apply(List.of(id), scope, Optional.of(today), clock.instant()).get(0);
            if (!update.problems().isEmpty()) {
                throw new InvalidInputException(update.problems().stream()
                        .map(p -> Problem.ofField(p.variable(), p.value(), message("resolve.invalidForm", id.toString(),
                                variable, value, p.message())))
                        .toList());
            }
            return new ResolveDisagreement.Result(Optional.of(resolution), value,
                    settles.map(d -> new Disagreement(d.responseId(), d.variable(), d.first(), d.second(),
                            Optional.of(resolution))),
                    update.state().orElseThrow(), update.settlement().orElseThrow().open(), update.recorded());
        });
    }

    private Map<Integer, Questionnaire> versions() {
        Map<Integer, Questionnaire> versions = new HashMap<>();
        questionnaires.all().forEach(v -> versions.put(v.number(), v.questionnaire()));
        return versions;
    }

    private Map<ResponseId, FrameUnit> population() {
        Map<ResponseId, FrameUnit> units = new HashMap<>();
        frames.population().forEach(u -> units.put(u.responseId().orElseThrow(), u));
        return units;
    }

    private static Message message(String key, Object... args) {
        return Message.of(DoubleEntryService.class, key, args);
    }
}
