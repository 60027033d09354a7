package se.coompanion.sesi.application.learning;

import com.google.common.collect.ImmutableList;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import se.coompanion.sesi.application.learning.port.in.ImportEvaluations;
import se.coompanion.sesi.application.learning.port.in.ListEvaluations;
import se.coompanion.sesi.application.learning.port.in.ListPilotRuns;
import se.coompanion.sesi.application.learning.port.in.RecordFollowUp;
import se.coompanion.sesi.application.learning.port.in.RecordPilotRun;
import se.coompanion.sesi.application.learning.port.out.LearningEvaluations;
import se.coompanion.sesi.application.learning.port.out.LearningProgrammes;
import se.coompanion.sesi.application.learning.port.out.PilotRuns;
import se.coompanion.sesi.application.shared.CommandReading;
import se.coompanion.sesi.application.shared.CommandValidator;
import se.coompanion.sesi.application.shared.DuplicateCheck;
import se.coompanion.sesi.application.shared.ImportReport;
import se.coompanion.sesi.application.shared.InvalidInputException;
import se.coompanion.sesi.application.shared.NotFoundException;
import se.coompanion.sesi.application.shared.Problem;
import se.coompanion.sesi.application.shared.RowImport;
import se.coompanion.sesi.application.shared.port.out.ImportLog;
import se.coompanion.sesi.application.shared.port.out.Transactions;
import se.coompanion.sesi.domain.learning.Applied;
import se.coompanion.sesi.domain.learning.FollowUp;
import se.coompanion.sesi.domain.learning.LearningModule;
import se.coompanion.sesi.domain.learning.LearningResults;
import se.coompanion.sesi.domain.learning.ModuleEvaluation;
import se.coompanion.sesi.domain.learning.ModuleKey;
import se.coompanion.sesi.domain.learning.ParticipantCode;
import se.coompanion.sesi.domain.learning.PilotRun;
import se.coompanion.sesi.domain.learning.Programme;
import se.coompanion.sesi.domain.shared.GenderCounts;
import se.coompanion.sesi.domain.shared.Message;

/** Pilot runs of the learning programme and their evaluations (Kirkpatrick levels 1-3). */
public final class PilotService implements RecordPilotRun, ListPilotRuns, ImportEvaluations, ListEvaluations,
        RecordFollowUp {

    /** Names the evaluation import in the import log. */
    public static final String IMPORT_KIND = "learning-evaluations";

    private final LearningProgrammes programmes;
    private final PilotRuns pilots;
    private final LearningEvaluations evaluations;
    private final ImportLog importLog;
    private final Transactions transactions;
    private final CommandValidator validator;
    private final Clock clock;

    public PilotService(LearningProgrammes programmes, PilotRuns pilots, LearningEvaluations evaluations,
            ImportLog importLog, Transactions transactions, CommandValidator validator, Clock clock) {
        this.programmes = Objects.requireNonNull(programmes);
        this.pilots = Objects.requireNonNull(pilots);
        this.evaluations = Objects.requireNonNull(evaluations);
        this.importLog = Objects.requireNonNull(importLog);
        this.transactions = Objects.requireNonNull(transactions);
        this.validator = Objects.requireNonNull(validator);
        this.clock = Objects.requireNonNull(clock);
    }

    @Override
    public PilotRun record(RecordPilotRun.Command command) {
        validator.check(command);
        LocalDate today = today();
        if (command.date().isAfter(today)) {
            throw InvalidInputException.of(Problem.ofField("date", command.date().toString(), Message.of(
                    PilotService.class, "date.future", command.date(), today)));
        }
        CommandReading fields = new CommandReading();
        List<ModuleKey> named = fields.each("modules", command.modules(), ModuleKey::parse);
        GenderCounts participants = fields.build("participants", "", () -> new GenderCounts(command.women(),
                command.men(), command.nonBinary(), command.notStated()));
        fields.check();
        return transactions.inTransaction(() -> {
            Programme programme = programmes.require(command.version());
            if (command.date().isBefore(programme.version().createdOn())) {
                throw InvalidInputException.of(Problem.ofField("date", command.date().toString(), Message.of(
                        PilotService.class, "pilot.beforeVersion", command.date(), programme.number(),
                        programme.version().createdOn())));
            }
            List<ModuleKey> given = named.isEmpty() ? programme.modules().stream().map(LearningModule::key).toList()
                    : named;
            CommandReading modules = new CommandReading();
            for (ModuleKey key : given) {
                if (programme.module(key).isEmpty()) {
                    modules.problem("modules", key.value(), Message.of(PilotService.class, "pilot.unknownModule",
                            key, programme.number()));
                }
            }
            modules.check();
            PilotRun run = modules.build("", "", () -> new PilotRun(pilots.all().size() + 1, programme.number(),
                    command.date(), ImmutableList.copyOf(given), participants, Optional.ofNullable(command.place())));
            modules.check();
            pilots.add(run, clock.instant());
            return run;
        });
    }

    @Override
    public List<ListPilotRuns.Listed> list() {
        return transactions.inTransaction(() -> {
            List<ModuleEvaluation> recorded = evaluations.all();
            return pilots.all().stream().map(run -> {
                List<ModuleEvaluation> own = recorded.stream().filter(e -> e.pilot() == run.number()).toList();
                return new ListPilotRuns.Listed(run, own.size(), (int) own.stream()
                        .map(ModuleEvaluation::participant).distinct().count(), LearningResults.evaluated(run, own));
            }).toList();
        });
    }

    @Override
    public ImportReport importEvaluations(ImportEvaluations.Command command) {
        validator.check(command);
        return transactions.inTransaction(() -> {
            EvaluationFile.Known known = known();
            RowImport<ModuleEvaluation> rows = new RowImport<>(IMPORT_KIND, EvaluationFile.COLUMNS,
                    row -> EvaluationFile.read(row, known), () -> DuplicateCheck.byKey(EvaluationFile.Key::of),
                    d -> Message.of(PilotService.class, "import.duplicate", d.firstLine()));
            ImportReport report = rows.run(command.rows(), command.options(), importLog, transactions, clock,
                    batch -> evaluations.addAll(batch, clock.instant()));
            checkParticipants(known, command.rows().name());
            return report;
        });
    }

    @Override
    public List<ModuleEvaluation> list(Optional<Integer> pilot) {
        return transactions.inTransaction(() -> {
            pilot.ifPresent(this::pilot);
            return evaluations.all().stream().filter(e -> pilot.map(p -> e.pilot() == p).orElse(true)).toList();
        });
    }

    @Override
    public RecordFollowUp.Result record(RecordFollowUp.Command command) {
        validator.check(command);
        CommandReading fields = new CommandReading();
        ParticipantCode participant = fields.required("participant", command.participant(), ParticipantCode::parse);
        Optional<ModuleKey> module = fields.optional("module", command.module(), ModuleKey::parse);
        Optional<Applied> applied = fields.optional("applied", command.applied(), Applied::parse);
        if (command.planned() == null && command.done() == null) {
            fields.problem("planned", "", Message.of(PilotService.class, "followUp.nothing"));
        }
        if (command.done() == null && (applied.isPresent() || command.note() != null)) {
            fields.problem("done", "", Message.of(PilotService.class, "followUp.doneNeeded"));
        }
        LocalDate today = today();
        if (command.done() != null && command.done().isAfter(today)) {
            fields.problem("done", command.done().toString(), Message.of(PilotService.class, "date.future",
                    command.done(), today));
        }
        fields.check();
        return transactions.inTransaction(() -> {
            PilotRun run = pilot(command.pilot());
            List<ModuleEvaluation> chosen = evaluations.all().stream()
                    .filter(e -> e.pilot() == run.number() && e.participant().equals(participant))
                    .filter(e -> module.map(m -> e.module().equals(m)).orElse(true))
                    .toList();
            if (chosen.isEmpty()) {
                throw new NotFoundException(Message.of(PilotService.class, "followUp.noEvaluation", run.number(),
                        participant, module.map(ModuleKey::value).orElse("-")));
            }
            CommandReading dates = new CommandReading();
            if (command.planned() != null) {
                dates.build("planned", command.planned().toString(), () -> FollowUp.plannedFor(run.date(),
                        command.planned()));
            }
            if (command.done() != null) {
                dates.build("done", command.done().toString(), () -> FollowUp.doneFor(run.date(), command.done()));
            }
            dates.check();
            List<ModuleEvaluation> changed = new ArrayList<>();
            for (ModuleEvaluation e : chosen) {
                FollowUp followUp = e.followUp();
                if (command.planned() != null) {
                    followUp = followUp.withPlanned(command.planned());
                }
                if (command.done() != null) {
                    followUp = followUp.withDone(command.done(), applied, Optional.ofNullable(command.note()));
                }
                ModuleEvaluation updated = e.withFollowUp(followUp);
                evaluations.updateFollowUp(updated);
                changed.add(updated);
            }
            boolean outside = command.done() != null && !FollowUp.inWindow(run.date(), command.done());
            return new RecordFollowUp.Result(changed, outside);
        });
    }

    private PilotRun pilot(int number) {
        return pilots.all().stream().filter(r -> r.number() == number).findFirst().orElseThrow(
                () -> new NotFoundException(Message.of(PilotService.class, "pilot.notFound", number)));
    }

    private EvaluationFile.Known known() {
        Map<Integer, PilotRun> runs = pilots.all().stream().collect(Collectors.toMap(PilotRun::number,
                Function.identity()));
        Map<Integer, Programme> versions = programmes.all().stream().collect(Collectors.toMap(Programme::number,
                Function.identity()));
        Set<EvaluationFile.Key> recorded = evaluations.all().stream().map(EvaluationFile.Key::of)
                .collect(Collectors.toCollection(HashSet::new));
        return new EvaluationFile.Known(runs, versions, recorded);
    }

    /** A pilot's evaluations name at most as many participants as it had; otherwise nothing is stored. */
    private void checkParticipants(EvaluationFile.Known known, String source) {
        Map<Integer, Set<ParticipantCode>> named = new HashMap<>();
        for (ModuleEvaluation e : evaluations.all()) {
            named.computeIfAbsent(e.pilot(), k -> new TreeSet<>()).add(e.participant());
        }
        List<Problem> problems = new ArrayList<>();
        named.forEach((pilot, codes) -> {
            int participants = known.pilots().get(pilot).participants().total();
            if (codes.size() > participants) {
                problems.add(new Problem(source, 0, "participant", "", Message.of(PilotService.class,
                        "import.tooManyParticipants", pilot, participants, codes.size())));
            }
        });
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), clock.getZone());
    }
}
