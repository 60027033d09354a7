package se.coompanion.sesi.application.prestudy;

import com.google.common.collect.ImmutableSortedSet;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import se.coompanion.sesi.application.prestudy.port.in.SetActivityTarget;
import se.coompanion.sesi.application.prestudy.port.in.ShowProjectFacts;
import se.coompanion.sesi.application.prestudy.port.in.StartPreStudy;
import se.coompanion.sesi.application.prestudy.port.out.PreStudies;
import se.coompanion.sesi.application.shared.CommandValidator;
import se.coompanion.sesi.application.shared.ConflictException;
import se.coompanion.sesi.application.shared.InvalidInputException;
import se.coompanion.sesi.application.shared.NotFoundException;
import se.coompanion.sesi.application.shared.Problem;
import se.coompanion.sesi.application.shared.port.out.Transactions;
import se.coompanion.sesi.domain.prestudy.Activity;
import se.coompanion.sesi.domain.prestudy.PreStudy;
import se.coompanion.sesi.domain.prestudy.PreStudyTemplate;
import se.coompanion.sesi.domain.prestudy.ProjectFacts;
import se.coompanion.sesi.domain.prestudy.SesiPlan;
import se.coompanion.sesi.domain.prestudy.Target;
import se.coompanion.sesi.domain.shared.CaseNumber;
import se.coompanion.sesi.domain.shared.County;
import se.coompanion.sesi.domain.shared.DateRange;
import se.coompanion.sesi.domain.shared.DomainException;
import se.coompanion.sesi.domain.shared.Message;
import se.coompanion.sesi.domain.shared.OrganisationNumber;

/** Starting the pre-study, its facts and its plan. */
public final class PreStudyService implements StartPreStudy, ShowProjectFacts, SetActivityTarget {

    private final PreStudies preStudies;
    private final Transactions transactions;
    private final CommandValidator validator;
    private final Clock clock;

    public PreStudyService(PreStudies preStudies, Transactions transactions, CommandValidator validator, Clock clock) {
        this.preStudies = Objects.requireNonNull(preStudies);
        this.transactions = Objects.requireNonNull(transactions);
        this.validator = Objects.requireNonNull(validator);
        this.clock = Objects.requireNonNull(clock);
    }

    @Override
    public StartPreStudy.Result start(StartPreStudy.Command command) {
        validator.check(command);
        PreStudy preStudy = command.template() == PreStudyTemplate.SESI ? SesiPlan.preStudy() : blank(command);
        return transactions.inTransaction(() -> {
            preStudies.find().ifPresent(existing -> {
                throw new ConflictException(Message.of(PreStudyService.class, "prestudy.exists",
                        existing.facts().name(), existing.facts().caseNumber()));
            });
            preStudies.add(preStudy, clock.instant());
            return new StartPreStudy.Result(preStudy);
        });
    }

    @Override
    public PreStudy show() {
        return transactions.inTransaction(this::required);
    }

    @Override
    public PreStudy set(SetActivityTarget.Command command) {
        validator.check(command);
        Target target = switch (command.kind()) {
            case FIXED -> Target.fixed(command.quantity(), Activity.naturalUnit(command.activity()));
            case ALL -> Target.all(Activity.naturalUnit(command.activity()));
            case NONE -> Target.none(Activity.naturalUnit(command.activity()));
        };
        return transactions.inTransaction(() -> {
            PreStudy changed = required().withTarget(command.activity(), target);
            preStudies.update(changed);
            return changed;
        });
    }

    private PreStudy required() {
        return preStudies.find().orElseThrow(PreStudyService::missing);
    }

    /** There is no pre-study in this database yet. */
    static NotFoundException missing() {
        return new NotFoundException(Message.of(PreStudyService.class, "prestudy.missing"));
    }

    /** A blank pre-study from the command's facts; every missing or malformed fact is reported at once. */
    private static PreStudy blank(StartPreStudy.Command command) {
        List<Problem> problems = new ArrayList<>();
        String name = requiredText(command.name(), "name", problems);
        CaseNumber caseNumber = parsed(command.caseNumber(), "caseNumber", CaseNumber::parse, problems);
        OrganisationNumber owner = parsed(command.ownerOrgNumber(), "ownerOrgNumber", OrganisationNumber::parse,
                problems);
        String ownerName = requiredText(command.ownerName(), "ownerName", problems);
        if (command.start() == null) {
            problems.add(Problem.ofField("start", "", Message.of(PreStudyService.class, "blank.required")));
        }
        if (command.end() == null) {
            problems.add(Problem.ofField("end", "", Message.of(PreStudyService.class, "blank.required")));
        }
        DateRange period = null;
        if (command.start() != null && command.end() != null) {
            try {
                period = DateRange.of(command.start(), command.end());
            } catch (DomainException e) {
                problems.add(Problem.ofField("end", command.end().toString(), e));
            }
        }
        ImmutableSortedSet.Builder<County> region = ImmutableSortedSet.naturalOrder();
        for (String code : command.countyCodes()) {
            County county = parsed(code, "countyCodes", County::of, problems);
            if (county != null) {
                region.add(county);
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        ProjectFacts facts = ProjectFacts.essentials(caseNumber, name, period, owner, ownerName);
        return new PreStudy(PreStudyTemplate.BLANK, facts, region.build(), PreStudy.activitiesWithoutTargets());
    }

    private static String requiredText(String value, String field, List<Problem> problems) {
        if (value == null || value.isBlank()) {
            problems.add(Problem.ofField(field, "", Message.of(PreStudyService.class, "blank.required")));
            return null;
        }
        return value.strip();
    }

    private static <T> T parsed(String value, String field, Function<String, T> parser, List<Problem> problems) {
        if (value == null || value.isBlank()) {
            problems.add(Problem.ofField(field, "", Message.of(PreStudyService.class, "blank.required")));
            return null;
        }
        try {
            return parser.apply(value);
        } catch (DomainException e) {
            problems.add(Problem.ofField(field, value, e));
            return null;
        }
    }
}
