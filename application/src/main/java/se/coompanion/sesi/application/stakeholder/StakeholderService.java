package se.coompanion.sesi.application.stakeholder;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import se.coompanion.sesi.application.actor.port.out.Actors;
import se.coompanion.sesi.application.shared.CommandReading;
import se.coompanion.sesi.application.shared.CommandValidator;
import se.coompanion.sesi.application.shared.port.out.Transactions;
import se.coompanion.sesi.application.stakeholder.port.in.AssessStakeholder;
import se.coompanion.sesi.application.stakeholder.port.in.ShowAssessmentHistory;
import se.coompanion.sesi.application.stakeholder.port.in.ShowPartnerShortlist;
import se.coompanion.sesi.application.stakeholder.port.in.ShowStakeholderGrid;
import se.coompanion.sesi.application.stakeholder.port.out.StakeholderAssessments;
import se.coompanion.sesi.domain.actor.Actor;
import se.coompanion.sesi.domain.actor.ActorKey;
import se.coompanion.sesi.domain.stakeholder.AssessmentHistory;
import se.coompanion.sesi.domain.stakeholder.Attitude;
import se.coompanion.sesi.domain.stakeholder.Candidacy;
import se.coompanion.sesi.domain.stakeholder.PartnerShortlist;
import se.coompanion.sesi.domain.stakeholder.SalienceAttributes;
import se.coompanion.sesi.domain.stakeholder.Score;
import se.coompanion.sesi.domain.stakeholder.StakeholderAssessment;

/** The stakeholder analysis: dated assessments with their history, the power/interest grid, the shortlist. */
public final class StakeholderService implements AssessStakeholder, ShowStakeholderGrid, ShowPartnerShortlist,
        ShowAssessmentHistory {

    /** The grid's order: by quadrant (MANAGE_CLOSELY first), power and interest (highest first), key. */
    static final Comparator<StakeholderAssessment> GRID_ORDER = Comparator
            .comparing(StakeholderAssessment::quadrant)
            .thenComparing(StakeholderAssessment::power, Comparator.reverseOrder())
            .thenComparing(StakeholderAssessment::interest, Comparator.reverseOrder())
            .thenComparing(StakeholderAssessment::actor);

    private final Actors actors;
    private final StakeholderAssessments assessments;
    private final Transactions transactions;
    private final CommandValidator validator;
    private final Clock clock;

    public StakeholderService(Actors actors, StakeholderAssessments assessments, Transactions transactions,
            CommandValidator validator, Clock clock) {
        this.actors = Objects.requireNonNull(actors);
        this.assessments = Objects.requireNonNull(assessments);
        this.transactions = Objects.requireNonNull(transactions);
        this.validator = Objects.requireNonNull(validator);
        this.clock = Objects.requireNonNull(clock);
    }

    @Override
    public AssessStakeholder.Result assess(AssessStakeholder.Command command) {
        validator.check(command);
        CommandReading fields = new CommandReading();
        Score power = fields.build("power", String.valueOf(command.power()), () -> Score.power(command.power()));
        Score interest = fields.build("interest", String.valueOf(command.interest()),
                () -> Score.interest(command.interest()));
        Attitude attitude = command.attitude() == null ? Attitude.NEUTRAL
                : fields.build("attitude", String.valueOf(command.attitude()), () -> new Attitude(command.attitude()));
        Optional<SalienceAttributes> salience = fields.optional("salience", command.salience(),
                SalienceAttributes::parse);
        Candidacy candidacy = fields.optional("candidacy", command.candidacy(), Candidacy::parse)
                .orElse(Candidacy.NONE);
        LocalDate date = command.date() == null ? LocalDate.ofInstant(clock.instant(), clock.getZone())
                : command.date();
        fields.check();
        return transactions.inTransaction(() -> {
            Actor actor = actors.require("actor", command.actor());
            StakeholderAssessment assessment = fields.build("rationale", command.rationale(),
                    () -> new StakeholderAssessment(actor.key(), date, power, interest, attitude, salience, candidacy,
                            Optional.ofNullable(command.rationale())));
            fields.check();
            List<StakeholderAssessment> before = assessments.of(actor.key());
            Optional<StakeholderAssessment> previous = AssessmentHistory.currentOf(before);
            assessments.add(assessment, clock.instant());
            boolean current = previous.map(p -> !date.isBefore(p.assessedOn())).orElse(true);
            return new AssessStakeholder.Result(actor, assessment, previous, current);
        });
    }

    @Override
    public List<ShowStakeholderGrid.Placed> grid() {
        return transactions.inTransaction(() -> {
            Map<ActorKey, Actor> byKey = actorsByKey();
            return AssessmentHistory.current(assessments.all()).values().stream()
                    .sorted(GRID_ORDER)
                    .map(a -> new ShowStakeholderGrid.Placed(byKey.get(a.actor()), a))
                    .toList();
        });
    }

    @Override
    public List<ShowPartnerShortlist.Ranked> shortlist() {
        return transactions.inTransaction(() -> {
            Map<ActorKey, Actor> byKey = actorsByKey();
            return PartnerShortlist.of(AssessmentHistory.current(assessments.all()).values()).stream()
                    .map(e -> new ShowPartnerShortlist.Ranked(e.rank(), byKey.get(e.assessment().actor()),
                            e.assessment()))
                    .toList();
        });
    }

    @Override
    public ShowAssessmentHistory.Result history(String reference) {
        return transactions.inTransaction(() -> {
            Actor actor = actors.require("actor", reference);
            List<StakeholderAssessment> recorded = assessments.of(actor.key());
            return new ShowAssessmentHistory.Result(actor, AssessmentHistory.chronological(recorded),
                    AssessmentHistory.currentOf(recorded));
        });
    }

    private Map<ActorKey, Actor> actorsByKey() {
        return actors.all().stream().collect(Collectors.toMap(Actor::key, Function.identity()));
    }
}
