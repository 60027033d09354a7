package se.coompanion.sesi.application.survey;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import se.coompanion.sesi.application.shared.CellText;
import se.coompanion.sesi.application.shared.CommandValidator;
import se.coompanion.sesi.application.shared.ConflictException;
import se.coompanion.sesi.application.shared.ImportReport;
import se.coompanion.sesi.application.shared.InvalidInputException;
import se.coompanion.sesi.application.shared.Problem;
import se.coompanion.sesi.application.shared.port.out.ImportLog;
import se.coompanion.sesi.application.shared.port.out.Transactions;
import se.coompanion.sesi.application.survey.port.in.ImportReturns;
import se.coompanion.sesi.application.survey.port.in.KeyReturn;
import se.coompanion.sesi.application.survey.port.out.ContactWaves;
import se.coompanion.sesi.application.survey.port.out.DispositionEvents;
import se.coompanion.sesi.application.survey.port.out.KeyedForms;
import se.coompanion.sesi.application.survey.port.out.Questionnaires;
import se.coompanion.sesi.application.survey.port.out.ReturnedForms;
import se.coompanion.sesi.application.survey.port.out.SamplingFrames;
import se.coompanion.sesi.domain.shared.Message;
import se.coompanion.sesi.domain.survey.Disposition;
import se.coompanion.sesi.domain.survey.FrameUnit;
import se.coompanion.sesi.domain.survey.Question;
import se.coompanion.sesi.domain.survey.QuestionnaireVersion;
import se.coompanion.sesi.domain.survey.ResponseId;
import se.coompanion.sesi.domain.survey.entry.Completeness;
import se.coompanion.sesi.domain.survey.entry.EntryPass;
import se.coompanion.sesi.domain.survey.entry.FormState;
import se.coompanion.sesi.domain.survey.entry.KeyedPass;
import se.coompanion.sesi.domain.survey.results.VariableCatalogue;

/**
 * Data entry of the returned questionnaires: a data-entry file ({@link ImportReturns}, through the shared
 * {@code RowImport}: all or nothing, or skip-invalid with rejects; the same file twice stores nothing) or one form at
 * a time ({@link KeyReturn}), both checked by {@link EntryCheck}. Each keyed pass is stored, then its form is brought
 * up to date ({@link FormUpdates}): its disposition, its state, and its analysis rows.
 */
public final class DataEntryService implements ImportReturns, KeyReturn {

    /** The source recorded for a form keyed one at a time. */
    static final String KEYED_BY_HAND = "entry add";

    private final SamplingFrames frames;
    private final ContactWaves waves;
    private final DispositionEvents dispositions;
    private final Questionnaires questionnaires;
    private final KeyedForms keyed;
    private final ReturnedForms returned;
    private final ImportLog importLog;
    private final Transactions transactions;
    private final CommandValidator validator;
    private final Clock clock;
    private final FormUpdates updates;

    public DataEntryService(SamplingFrames frames, ContactWaves waves, DispositionEvents dispositions,
            Questionnaires questionnaires, KeyedForms keyed, ReturnedForms returned, ImportLog importLog,
            Transactions transactions, CommandValidator validator, Clock clock) {
        this.frames = Objects.requireNonNull(frames);
        this.waves = Objects.requireNonNull(waves);
        this.dispositions = Objects.requireNonNull(dispositions);
        this.questionnaires = Objects.requireNonNull(questionnaires);
        this.keyed = Objects.requireNonNull(keyed);
        this.returned = Objects.requireNonNull(returned);
        this.importLog = Objects.requireNonNull(importLog);
        this.transactions = Objects.requireNonNull(transactions);
        this.validator = Objects.requireNonNull(validator);
        this.clock = Objects.requireNonNull(clock);
        this.updates = new FormUpdates(keyed, returned, dispositions);
    }

    /** What a piece of data entry loads once. */
    private record Loaded(List<QuestionnaireVersion> versions, EntryCheck.Context context, boolean doubleEntry) {
    }

    private Loaded load() {
        return transactions.inTransaction(() -> {
            List<QuestionnaireVersion> versions = questionnaires.all();
            if (versions.isEmpty()) {
                throw QuestionnaireService.missing();
            }
            EntryCheck.Context context = EntryCheck.Context.of(versions, frames.population(),
                    waves.questionnairesSent(), dispositions.latest(), keyed.summaries(), keyed.resolvedForms());
            return new Loaded(versions, context, keyed.settings().doubleEntry());
        });
    }

    private LocalDate received(Optional<LocalDate> given) {
        LocalDate today = LocalDate.ofInstant(clock.instant(), clock.getZone());
        LocalDate date = given.orElse(today);
        if (date.isAfter(today)) {
            throw InvalidInputException.of(Problem.ofField("date", date.toString(),
                    Message.of(FieldworkService.class, "disposition.future", date.toString(), today.toString())));
        }
        return date;
    }

    @Override
    public ImportReturns.Result importReturns(ImportReturns.Command command) {
        validator.check(command);
        LocalDate received = received(command.received());
        String sha = command.file().sha256();
        transactions.inTransaction(() -> importLog.find(EntryFile.kind(command.pass().other()), sha)).ifPresent(r -> {
            throw new ConflictException(Message.of(DataEntryService.class, "entry.samePassFile", command.file().name(),
                    command.pass().other().number(), r.importedAt().toString(), command.pass().number()));
        });
        Loaded loaded = load();
        EntryCheck check = new EntryCheck(loaded.context(), new EntryCheck.Keying(command.pass(), command.version(),
                command.replace(), received), keyed);
        List<Question> variables = VariableCatalogue.of(loaded.versions().stream()
                .map(QuestionnaireVersion::questionnaire).toList());
        EntryFile file = new EntryFile(check, variables, mailedVariables(loaded), command.file());
        FormUpdates.Scope scope = new FormUpdates.Scope(loaded.versions(), loaded.doubleEntry(),
                loaded.context().units()::get, loaded.context().latest());
        Writer writer = new Writer(command, received, scope, loaded.context());
        ImportReport report = file.rowImport(command.pass()).run(command.file(), command.options(), importLog,
                transactions, clock, writer::write);
        return new ImportReturns.Result(report, writer.completeness, writer.states, writer.dispositions,
                writer.notices);
    }

    /**
     * The values of a form keyed by hand, read as a data-entry file reads its cells: each is checked as a cell
     * ({@link CellText}: no control character, nothing a spreadsheet would run as a formula) and stripped of
     * surrounding white space. A problem here is reported alone, as the file reports a row whose cells are wrong.
     */
    private static Map<String, String> cells(KeyReturn.Command command) {
        List<Problem> problems = new ArrayList<>();
        CellText.check(command.responseId()).ifPresent(m -> problems.add(Problem.ofField(EntryCheck.RESPONSE_ID,
                command.responseId().strip(), m)));
        Map<String, String> values = new LinkedHashMap<>();
        command.answers().forEach((variable, raw) -> {
            String value = raw == null ? "" : raw;
            CellText.check(value).ifPresent(m -> problems.add(Problem.ofField(variable, value.strip(), m)));
            values.put(variable, value.strip());
        });
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return values;
    }

    /** The variables of every questionnaire version that was mailed: a data-entry file must have their columns. */
    private static Set<String> mailedVariables(Loaded loaded) {
        Set<Integer> mailed = new HashSet<>();
        loaded.context().sent().values().forEach(s -> mailed.addAll(s.versions()));
        Set<String> required = null;
        for (QuestionnaireVersion version : loaded.versions()) {
            if (!mailed.contains(version.number())) {
                continue;
            }
            Set<String> variables = new HashSet<>();
            version.questionnaire().questions().forEach(q -> variables.add(q.variable()));
            if (required == null) {
                required = variables;
            } else {
                required.retainAll(variables);
            }
        }
        return required == null ? Set.of() : required;
    }

    /** Stores the checked rows batch by batch, inside the import's transaction, and counts what happened. */
    private final class Writer {
        private final ImportReturns.Command command;
        private final LocalDate received;
        private final FormUpdates.Scope scope;
        private final EntryCheck.Context context;
        private final Map<Completeness, Integer> completeness = new EnumMap<>(Completeness.class);
        private final Map<FormState, Integer> states = new EnumMap<>(FormState.class);
        private final Map<Disposition, Integer> dispositions = new EnumMap<>(Disposition.class);
        private final List<ImportReturns.Notice> notices = new ArrayList<>();

        Writer(ImportReturns.Command command, LocalDate received, FormUpdates.Scope scope, EntryCheck.Context context) {
            this.command = command;
            this.received = received;
            this.scope = scope;
            this.context = context;
        }

        void write(List<EntryFile.Row> rows) {
            List<ResponseId> ids = rows.stream().map(r -> r.checked().responseId()).toList();
            if (command.replace()) {
                keyed.remove(command.pass(), ids.stream().filter(id -> context.keyed().getOrDefault(id, Map.of())
                        .containsKey(command.pass())).toList());
            }
            List<KeyedPass> passes = new ArrayList<>();
            for (EntryFile.Row row : rows) {
                EntryCheck.Checked checked = row.checked();
                passes.add(new KeyedPass(checked.responseId(), command.pass(), checked.version(),
                        checked.form().answers(), checked.form().completeness(), clock.instant(), command.keyedBy(),
                        command.file().name(), row.line()));
                completeness.merge(checked.form().completeness(), 1, Integer::sum);
                if (checked.form().completeness() != Completeness.COMPLETE
                        && notices.size() < ImportReturns.Result.NOTICES_LISTED) {
                    notices.add(new ImportReturns.Notice(checked.responseId(), row.line(),
                            checked.form().completeness(), checked.form().missingRequired()));
                }
            }
            keyed.add(passes);
            for (FormUpdates.Update update : updates.apply(ids, scope, Optional.of(received), clock.instant())) {
                if (!update.problems().isEmpty()) {
                    throw new IllegalStateException("a checked form of " + update.responseId()
                            + " did not settle into a valid form: " + update.problems());
                }
                update.state().ifPresent(s -> states.merge(s, 1, Integer::sum));
                update.recorded().ifPresent(d -> dispositions.merge(d, 1, Integer::sum));
            }
        }
    }

    @Override
    public KeyReturn.Result key(KeyReturn.Command command) {
        validator.check(command);
        LocalDate received = received(command.received());
        Map<String, String> values = cells(command);
        Loaded loaded = load();
        EntryCheck check = new EntryCheck(loaded.context(), new EntryCheck.Keying(command.pass(), command.version(),
                command.replace(), received), keyed);
        EntryCheck.Outcome outcome = transactions.inTransaction(() -> check.check(command.responseId().strip(),
                values, variable -> true));
        if (!outcome.problems().isEmpty()) {
            throw new InvalidInputException(outcome.problems().stream()
                    .map(p -> Problem.ofField(p.field(), p.value(), p.message())).toList());
        }
        EntryCheck.Checked checked = outcome.checked().orElseThrow();
        ResponseId id = checked.responseId();
        return transactions.inTransaction(() -> {
            if (command.replace()) {
                keyed.remove(command.pass(), List.of(id));
            }
            keyed.add(List.of(new KeyedPass(id, command.pass(), checked.version(), checked.form().answers(),
                    checked.form().completeness(), clock.instant(), command.keyedBy(), KEYED_BY_HAND, 0)));
            FrameUnit unit = loaded.context().units().get(id);
            FormUpdates.Scope scope = new FormUpdates.Scope(loaded.versions(), loaded.doubleEntry(), u -> unit,
                    loaded.context().latest());
            FormUpdates.Update update = updates.apply(List.of(id), scope, Optional.of(received), clock.instant())
                    .get(0);
            if (!update.problems().isEmpty()) {
                throw new IllegalStateException("a checked form of " + id + " did not settle: " + update.problems());
            }
            return new KeyReturn.Result(id, checked.version(), checked.form(), update.state().orElseThrow(),
                    update.recorded(), update.review().orElseThrow().disagreements(
                            loaded.context().versions().get(checked.version())));
        });
    }
}
