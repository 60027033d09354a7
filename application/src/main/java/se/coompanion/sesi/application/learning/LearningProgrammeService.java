package se.coompanion.sesi.application.learning;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedSet;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import se.coompanion.sesi.application.competence.port.in.ShowCompetenceFramework;
import se.coompanion.sesi.application.learning.port.in.AddModule;
import se.coompanion.sesi.application.learning.port.in.ChangeModule;
import se.coompanion.sesi.application.learning.port.in.CreateProgrammeVersion;
import se.coompanion.sesi.application.learning.port.in.ListProgrammeVersions;
import se.coompanion.sesi.application.learning.port.in.RemoveModule;
import se.coompanion.sesi.application.learning.port.in.ShowProgrammeVersion;
import se.coompanion.sesi.application.learning.port.out.LearningEvaluations;
import se.coompanion.sesi.application.learning.port.out.LearningProgrammes;
import se.coompanion.sesi.application.learning.port.out.PilotRuns;
import se.coompanion.sesi.application.shared.CommandReading;
import se.coompanion.sesi.application.shared.CommandValidator;
import se.coompanion.sesi.application.shared.ConflictException;
import se.coompanion.sesi.application.shared.InvalidInputException;
import se.coompanion.sesi.application.shared.NotFoundException;
import se.coompanion.sesi.application.shared.Problem;
import se.coompanion.sesi.application.shared.port.out.Transactions;
import se.coompanion.sesi.domain.competence.CompetenceFramework;
import se.coompanion.sesi.domain.competence.CompetenceKey;
import se.coompanion.sesi.domain.learning.DeliveryFormat;
import se.coompanion.sesi.domain.learning.LearningModule;
import se.coompanion.sesi.domain.learning.LearningResults;
import se.coompanion.sesi.domain.learning.ModuleChange;
import se.coompanion.sesi.domain.learning.ModuleEvaluation;
import se.coompanion.sesi.domain.learning.ModuleKey;
import se.coompanion.sesi.domain.learning.PilotRun;
import se.coompanion.sesi.domain.learning.Programme;
import se.coompanion.sesi.domain.learning.ProgrammeVersion;
import se.coompanion.sesi.domain.shared.DomainException;
import se.coompanion.sesi.domain.shared.Message;

/**
 * The prototype learning programme: its versions and their modules. A version's modules may change until it is
 * piloted; after that they are locked, and what the pilot taught goes into a new version (iterative prototyping).
 * Competences are keys of the competence framework in use, checked through the competence area's use case.
 */
public final class LearningProgrammeService implements CreateProgrammeVersion, ListProgrammeVersions,
        ShowProgrammeVersion, AddModule, ChangeModule, RemoveModule {

    private final LearningProgrammes programmes;
    private final PilotRuns pilots;
    private final LearningEvaluations evaluations;
    private final ShowCompetenceFramework framework;
    private final Transactions transactions;
    private final CommandValidator validator;
    private final Clock clock;

    public LearningProgrammeService(LearningProgrammes programmes, PilotRuns pilots, LearningEvaluations evaluations,
            ShowCompetenceFramework framework, Transactions transactions, CommandValidator validator, Clock clock) {
        this.programmes = Objects.requireNonNull(programmes);
        this.pilots = Objects.requireNonNull(pilots);
        this.evaluations = Objects.requireNonNull(evaluations);
        this.framework = Objects.requireNonNull(framework);
        this.transactions = Objects.requireNonNull(transactions);
        this.validator = Objects.requireNonNull(validator);
        this.clock = Objects.requireNonNull(clock);
    }

    @Override
    public CreateProgrammeVersion.Result create(CreateProgrammeVersion.Command command) {
        validator.check(command);
        LocalDate today = LocalDate.ofInstant(clock.instant(), clock.getZone());
        LocalDate date = command.date() == null ? today : command.date();
        if (date.isAfter(today)) {
            throw InvalidInputException.of(Problem.ofField("date", date.toString(), Message.of(
                    LearningProgrammeService.class, "date.future", date, today)));
        }
        return transactions.inTransaction(() -> {
            List<Programme> all = programmes.all();
            Optional<Programme> latest = all.isEmpty() ? Optional.empty() : Optional.of(all.get(all.size() - 1));
            if (latest.isPresent() && date.isBefore(latest.get().version().createdOn())) {
                throw InvalidInputException.of(Problem.ofField("date", date.toString(), Message.of(
                        LearningProgrammeService.class, "version.beforeLatest", date,
                        latest.get().version().createdOn())));
            }
            String title = command.title() == null || command.title().isBlank()
                    ? latest.map(p -> p.version().title()).orElse(null) : command.title();
            CommandReading fields = new CommandReading();
            ProgrammeVersion version = fields.build("", "", () -> new ProgrammeVersion(all.size() + 1, title,
                    Optional.ofNullable(command.changes()), Optional.ofNullable(command.reason()), date));
            fields.check();
            List<LearningModule> carried = latest.map(Programme::modules).orElse(ImmutableList.of());
            programmes.add(version, carried, clock.instant());
            return new CreateProgrammeVersion.Result(new Programme(version, ImmutableList.copyOf(carried)),
                    carried.size());
        });
    }

    @Override
    public List<ListProgrammeVersions.Listed> list() {
        return transactions.inTransaction(() -> {
            List<PilotRun> runs = pilots.all();
            List<ModuleEvaluation> recorded = evaluations.all();
            return programmes.all().stream().map(p -> {
                List<PilotRun> own = runs.stream().filter(r -> r.version() == p.number()).toList();
                int evaluated = (int) own.stream().filter(r -> LearningResults.evaluated(r, recorded)).count();
                return new ListProgrammeVersions.Listed(p, own.size(), evaluated);
            }).toList();
        });
    }

    @Override
    public ShowProgrammeVersion.Result show(Optional<Integer> version) {
        return transactions.inTransaction(() -> {
            Programme programme = programmes.require(version.orElse(null));
            List<Programme> all = programmes.all();
            List<LearningModule> previous = programme.number() == 1 ? List.of()
                    : all.get(programme.number() - 2).modules();
            return new ShowProgrammeVersion.Result(programme, ModuleChange.between(previous, programme.modules()),
                    pilots.all().stream().filter(r -> r.version() == programme.number()).toList());
        });
    }

    @Override
    public AddModule.Result add(AddModule.Command command) {
        validator.check(command);
        return transactions.inTransaction(() -> {
            Programme programme = unpiloted(command.version());
            CommandReading fields = new CommandReading();
            ModuleKey key = command.key() == null || command.key().isBlank() ? programme.nextKey()
                    : fields.required("key", command.key(), ModuleKey::parse);
            LearningModule module = read(fields, key, command.title(), command.objectives(), command.competences(),
                    command.format(), command.hours(), command.adaptations());
            fields.check();
            if (programme.module(key).isPresent()) {
                throw new ConflictException(Message.of(LearningProgrammeService.class, "module.exists", key,
                        programme.number()));
            }
            programmes.put(programme.number(), module);
            return new AddModule.Result(programme.with(module), module);
        });
    }

    @Override
    public AddModule.Result change(ChangeModule.Command command) {
        validator.check(command);
        return transactions.inTransaction(() -> {
            Programme programme = unpiloted(command.version());
            LearningModule before = module(programme, command.module());
            CommandReading fields = new CommandReading();
            LearningModule module = read(fields, before.key(),
                    command.title() == null ? before.title() : command.title(),
                    command.objectives() == null ? before.objectives() : command.objectives(),
                    command.competences() == null ? before.competences().stream().map(CompetenceKey::value).toList()
                            : command.competences(),
                    command.format() == null ? before.format().name() : command.format(),
                    command.hours() == null ? before.hours().toPlainString() : command.hours(),
                    command.adaptations() == null ? before.adaptations() : command.adaptations());
            fields.check();
            programmes.put(programme.number(), module);
            return new AddModule.Result(programme.with(module), module);
        });
    }

    @Override
    public Programme remove(RemoveModule.Command command) {
        validator.check(command);
        return transactions.inTransaction(() -> {
            Programme programme = unpiloted(command.version());
            LearningModule module = module(programme, command.module());
            programmes.remove(programme.number(), module.key());
            return new Programme(programme.version(), programme.modules().stream()
                    .filter(m -> !m.key().equals(module.key())).collect(ImmutableList.toImmutableList()));
        });
    }

    /** The version to change: it must not have been piloted (its evaluations refer to its modules). */
    private Programme unpiloted(Integer version) {
        Programme programme = programmes.require(version);
        long runs = pilots.all().stream().filter(r -> r.version() == programme.number()).count();
        if (runs > 0) {
            throw new ConflictException(Message.of(LearningProgrammeService.class, "version.piloted",
                    programme.number(), runs));
        }
        return programme;
    }

    private static LearningModule module(Programme programme, String reference) {
        ModuleKey key;
        try {
            key = ModuleKey.parse(reference);
        } catch (DomainException e) {
            throw InvalidInputException.of(Problem.ofField("module", reference == null ? "" : reference.strip(), e));
        }
        return programme.module(key).orElseThrow(() -> new NotFoundException(Message.of(
                LearningProgrammeService.class, "module.notFound", key, programme.number())));
    }

    /** Reads a module's fields, every problem at once; the competences against the framework in use. */
    private LearningModule read(CommandReading fields, ModuleKey key, String title, List<String> objectives,
            List<String> competences, String format, String hours, List<String> adaptations) {
        CompetenceFramework inUse = framework.show().framework();
        List<CompetenceKey> keys = fields.each("competences", competences, c -> inUse.require(c).key());
        DeliveryFormat delivery = fields.required("format", format, DeliveryFormat::parse);
        BigDecimal duration = fields.required("hours", hours, LearningModule::parseHours);
        if (!fields.ok()) {
            return null;
        }
        return fields.build("", "", () -> new LearningModule(key, title, ImmutableList.copyOf(objectives),
                ImmutableSortedSet.copyOf(keys), delivery, duration, ImmutableList.copyOf(adaptations)));
    }
}
