package se.coompanion.sesi.application.needs;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import se.coompanion.sesi.application.needs.port.in.ChangeAssessmentStatus;
import se.coompanion.sesi.application.needs.port.in.ImportNeeds;
import se.coompanion.sesi.application.needs.port.in.ListNeeds;
import se.coompanion.sesi.application.needs.port.in.PlanNeedsAssessment;
import se.coompanion.sesi.application.needs.port.in.RecordMeeting;
import se.coompanion.sesi.application.needs.port.in.RecordNeed;
import se.coompanion.sesi.application.needs.port.in.Recorded;
import se.coompanion.sesi.application.needs.port.in.ShowNeedsAssessment;
import se.coompanion.sesi.application.needs.port.in.ShowNeedsCoverage;
import se.coompanion.sesi.application.needs.port.in.TallyNeedThemes;
import se.coompanion.sesi.application.needs.port.out.NeedsAssessments;
import se.coompanion.sesi.application.prestudy.port.out.PreStudies;
import se.coompanion.sesi.application.shared.CommandValidator;
import se.coompanion.sesi.application.shared.ConflictException;
import se.coompanion.sesi.application.shared.DuplicateCheck;
import se.coompanion.sesi.application.shared.ImportReport;
import se.coompanion.sesi.application.shared.NotFoundException;
import se.coompanion.sesi.application.shared.RowImport;
import se.coompanion.sesi.application.shared.port.out.ImportLog;
import se.coompanion.sesi.application.shared.port.out.Transactions;
import se.coompanion.sesi.domain.needs.Meeting;
import se.coompanion.sesi.domain.needs.Need;
import se.coompanion.sesi.domain.needs.NeedsAssessment;
import se.coompanion.sesi.domain.needs.NeedsCoverage;
import se.coompanion.sesi.domain.needs.RaisedNeed;
import se.coompanion.sesi.domain.needs.StatusChange;
import se.coompanion.sesi.domain.needs.StatusFlowException;
import se.coompanion.sesi.domain.needs.ThemeTally;
import se.coompanion.sesi.domain.prestudy.PreStudy;
import se.coompanion.sesi.domain.shared.GenderCounts;
import se.coompanion.sesi.domain.shared.Message;
import se.coompanion.sesi.domain.shared.Municipality;

/**
 * The needs analysis in the municipalities: planning, meetings, needs (one by one or from a file), status changes,
 * and the coverage of the target set and the themes raised.
 */
public final class NeedsService implements PlanNeedsAssessment, RecordMeeting, RecordNeed, ChangeAssessmentStatus,
        ImportNeeds, ShowNeedsAssessment, ShowNeedsCoverage, TallyNeedThemes, ListNeeds {

    /** The import's name in the import log. */
    public static final String IMPORT_KIND = "needs";

    private final NeedsAssessments assessments;
    private final PreStudies preStudies;
    private final ImportLog importLog;
    private final Transactions transactions;
    private final CommandValidator validator;
    private final Clock clock;

    public NeedsService(NeedsAssessments assessments, PreStudies preStudies, ImportLog importLog,
            Transactions transactions, CommandValidator validator, Clock clock) {
        this.assessments = Objects.requireNonNull(assessments);
        this.preStudies = Objects.requireNonNull(preStudies);
        this.importLog = Objects.requireNonNull(importLog);
        this.transactions = Objects.requireNonNull(transactions);
        this.validator = Objects.requireNonNull(validator);
        this.clock = Objects.requireNonNull(clock);
    }

    @Override
    public NeedsAssessment plan(PlanNeedsAssessment.Command command) {
        validator.check(command);
        return transactions.inTransaction(() -> {
            assessments.find(command.municipality()).ifPresent(existing -> {
                throw new ConflictException(Message.of(NeedsService.class, "plan.exists", existing.municipality(),
                        existing.status().title()));
            });
            NeedsAssessment planned = NeedsAssessment.plan(command.municipality(), dayOr(command.date()));
            assessments.add(planned);
            return planned;
        });
    }

    @Override
    public Recorded record(RecordMeeting.Command command) {
        validator.check(command);
        Meeting meeting = Meeting.of(command.date(), command.format(), command.roles(), new GenderCounts(
                command.women(), command.men(), command.nonBinary(), command.notStated()),
                Optional.ofNullable(command.note()));
        return transactions.inTransaction(() -> {
            Recorded found = findOrPlan(command.municipality());
            assessments.addMeeting(command.municipality(), meeting);
            return new Recorded(found.assessment().withMeeting(meeting), found.planned());
        });
    }

    @Override
    public Recorded record(RecordNeed.Command command) {
        validator.check(command);
        Need need = new Need(command.theme(), command.priority(),
                com.google.common.collect.ImmutableSortedSet.copyOf(command.targetGroups()), command.description(),
                Optional.ofNullable(command.existingSupport()), Optional.ofNullable(command.evidence()));
        return transactions.inTransaction(() -> {
            Recorded found = findOrPlan(command.municipality());
            NeedsAssessment after;
            try {
                after = found.assessment().withNeeds(List.of(need));
            } catch (StatusFlowException e) {
                throw new ConflictException(e.text(), e);
            }
            assessments.addNeeds(List.of(new RaisedNeed(command.municipality(), need)));
            return new Recorded(after, found.planned());
        });
    }

    @Override
    public ChangeAssessmentStatus.Result change(ChangeAssessmentStatus.Command command) {
        validator.check(command);
        return transactions.inTransaction(() -> {
            NeedsAssessment assessment = required(command.municipality());
            StatusChange change;
            try {
                change = assessment.change(command.status(), dayOr(command.date()), command.reopen(),
                        Optional.ofNullable(command.reason()));
            } catch (StatusFlowException e) {
                throw new ConflictException(e.text(), e);
            }
            assessments.addChange(command.municipality(), change);
            return new ChangeAssessmentStatus.Result(assessment.with(change), change);
        });
    }

    @Override
    public ImportReport importNeeds(ImportNeeds.Command command) {
        validator.check(command);
        Map<Municipality, NeedsAssessment> stored = transactions.inTransaction(() -> assessments.all().stream()
                .collect(Collectors.toMap(NeedsAssessment::municipality, Function.identity())));
        NeedRows rows = new NeedRows(stored);
        RowImport<RaisedNeed> rowImport = new RowImport<>(IMPORT_KIND, NeedsColumns.ALL, rows::read,
                () -> DuplicateCheck.byKey(RaisedNeed::identity),
                d -> Message.of(NeedsService.class, "import.duplicate", d.firstLine()));
        LocalDate today = today();
        Set<Municipality> assessed = new HashSet<>(stored.keySet());
        return rowImport.run(command.rows(), command.options(), importLog, transactions, clock, batch -> {
            batch.stream().map(RaisedNeed::municipality).distinct().filter(assessed::add)
                    .forEach(m -> assessments.add(NeedsAssessment.plan(m, today)));
            assessments.addNeeds(batch);
        });
    }

    @Override
    public ShowNeedsAssessment.Result show(Municipality municipality) {
        Objects.requireNonNull(municipality, "municipality");
        return transactions.inTransaction(() -> {
            NeedsAssessment assessment = required(municipality);
            boolean outside = preStudies.find().map(p -> !p.isInRegion(municipality)).orElse(false);
            return new ShowNeedsAssessment.Result(assessment, outside);
        });
    }

    @Override
    public ShowNeedsCoverage.Result show() {
        return transactions.inTransaction(() -> {
            PreStudy preStudy = preStudy();
            return new ShowNeedsCoverage.Result(preStudy,
                    NeedsCoverage.of(preStudy.targetMunicipalities(), assessments.all()));
        });
    }

    @Override
    public TallyNeedThemes.Result tally(TallyNeedThemes.Query query) {
        Objects.requireNonNull(query, "query");
        return transactions.inTransaction(() -> {
            PreStudy preStudy = preStudy();
            List<NeedsAssessment> all = assessments.all();
            int outside = all.stream().filter(a -> !preStudy.isInRegion(a.municipality()))
                    .mapToInt(a -> a.needs().size()).sum();
            List<ThemeTally> tallies = ThemeTally.of(preStudy.targetMunicipalities(), all, query.byCounty());
            return new TallyNeedThemes.Result(tallies, outside);
        });
    }

    @Override
    public ListNeeds.Result list(ListNeeds.Query query) {
        Objects.requireNonNull(query, "query");
        return transactions.inTransaction(() -> {
            Optional<PreStudy> preStudy = preStudies.find();
            List<ListNeeds.Row> rows = assessments.all().stream()
                    .sorted(Comparator.comparing(a -> a.municipality().code()))
                    .flatMap(a -> a.needs().stream()
                            .filter(n -> query.theme().map(n.theme()::equals).orElse(true))
                            .filter(n -> query.priority().map(n.priority()::equals).orElse(true))
                            .sorted(Comparator.comparing(Need::priority))
                            .map(n -> new ListNeeds.Row(a.municipality(), a.status(),
                                    preStudy.map(p -> !p.isInRegion(a.municipality())).orElse(false), n)))
                    .toList();
            return new ListNeeds.Result(rows);
        });
    }

    private Recorded findOrPlan(Municipality municipality) {
        Optional<NeedsAssessment> found = assessments.find(municipality);
        if (found.isPresent()) {
            return new Recorded(found.get(), false);
        }
        NeedsAssessment planned = NeedsAssessment.plan(municipality, today());
        assessments.add(planned);
        return new Recorded(planned, true);
    }

    private NeedsAssessment required(Municipality municipality) {
        return assessments.find(municipality).orElseThrow(() -> new NotFoundException(Message.of(
                NeedsService.class, "assessment.missing", municipality, municipality.code())));
    }

    private PreStudy preStudy() {
        return preStudies.find().orElseThrow(() -> new NotFoundException(Message.of(NeedsService.class,
                "prestudy.missing")));
    }

    private LocalDate dayOr(LocalDate date) {
        return date == null ? today() : date;
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), clock.getZone());
    }
}
