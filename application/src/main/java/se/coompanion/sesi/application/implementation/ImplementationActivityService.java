package se.coompanion.sesi.application.implementation;

import com.google.common.collect.ImmutableSortedSet;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Collectors;
import se.coompanion.sesi.application.implementation.port.in.EditActivities;
import se.coompanion.sesi.application.implementation.port.in.EditResults;
import se.coompanion.sesi.application.implementation.port.in.Edited;
import se.coompanion.sesi.application.implementation.port.out.ImplementationDrafts;
import se.coompanion.sesi.application.shared.CommandReading;
import se.coompanion.sesi.application.shared.CommandValidator;
import se.coompanion.sesi.application.shared.NotFoundException;
import se.coompanion.sesi.application.shared.port.out.Transactions;
import se.coompanion.sesi.domain.implementation.ActivityId;
import se.coompanion.sesi.domain.implementation.Baseline;
import se.coompanion.sesi.domain.implementation.ExpectedResult;
import se.coompanion.sesi.domain.implementation.ImplementationDraft;
import se.coompanion.sesi.domain.implementation.Indicator;
import se.coompanion.sesi.domain.implementation.IndicatorUnit;
import se.coompanion.sesi.domain.implementation.ModuleRef;
import se.coompanion.sesi.domain.implementation.ProjectActivity;
import se.coompanion.sesi.domain.implementation.ResultLevel;
import se.coompanion.sesi.domain.shared.Codes;
import se.coompanion.sesi.domain.shared.DomainException;
import se.coompanion.sesi.domain.shared.Message;
import se.coompanion.sesi.domain.synthesis.EvidenceReference;

/**
 * The draft's activities and their project logic: the team adds, changes, accepts, drops and merges activities, and
 * writes each one's outputs and results with their indicators, baselines and targets.
 */
public final class ImplementationActivityService implements EditActivities, EditResults {

    private final ImplementationQueries areas;
    private final DraftStore store;
    private final CommandValidator validator;

    public ImplementationActivityService(ImplementationDrafts drafts, ImplementationQueries areas,
            Transactions transactions, CommandValidator validator) {
        this.areas = Objects.requireNonNull(areas);
        this.store = new DraftStore(Objects.requireNonNull(drafts), Objects.requireNonNull(transactions));
        this.validator = Objects.requireNonNull(validator);
    }

    @Override
    public Edited edit(EditActivities.Command command) {
        validator.check(command);
        CommandReading fields = new CommandReading();
        if (command instanceof EditActivities.Add add) {
            List<EvidenceReference> evidence = DraftReferences.parse(fields, "evidence", add.evidence());
            fields.check();
            return store.edit(d -> {
                DraftReferences references = new DraftReferences(areas);
                return d.addActivity(add.title(), Optional.ofNullable(add.description()),
                        references.grounds(add.recommendations(), evidence), references.modules(add.modules()));
            }, d -> d.activities().get(d.activities().size() - 1).id().toString());
        }
        if (command instanceof EditActivities.Change change) {
            ActivityId id = fields.required("activity", change.activity(), ActivityId::parse);
            DraftReferences.Edit grounds = DraftReferences.Edit.parse(fields, change.grounds());
            fields.check();
            return store.edit(d -> changed(d, d.activity(id), change, grounds), d -> id.toString());
        }
        if (command instanceof EditActivities.Accept accept) {
            List<ActivityId> ids = fields.each("activities", accept.activities(), ActivityId::parse);
            fields.check();
            return store.edit(d -> {
                ImplementationDraft after = d;
                for (ActivityId id : ids) {
                    after = after.accept(id);
                }
                return after;
            }, d -> ids.stream().map(ActivityId::toString).collect(Collectors.joining(", ")));
        }
        if (command instanceof EditActivities.Drop drop) {
            ActivityId id = fields.required("activity", drop.activity(), ActivityId::parse);
            fields.check();
            return store.edit(d -> d.drop(id, Optional.ofNullable(drop.reason())), d -> id.toString());
        }
        EditActivities.Merge merge = (EditActivities.Merge) command;
        ActivityId from = fields.required("activity", merge.activity(), ActivityId::parse);
        ActivityId into = fields.required("into", merge.into(), ActivityId::parse);
        fields.check();
        return store.edit(d -> d.merge(from, into), d -> into.toString());
    }

    private ImplementationDraft changed(ImplementationDraft draft, ProjectActivity activity,
            EditActivities.Change change, DraftReferences.Edit grounds) {
        DraftReferences references = new DraftReferences(areas);
        TreeSet<ModuleRef> modules = new TreeSet<>(activity.modules());
        for (ModuleRef module : references.modules(change.removeModules())) {
            if (!modules.remove(module)) {
                throw new DomainException(Message.of(ImplementationActivityService.class, "module.notNamed",
                        activity.id(), module));
            }
        }
        modules.addAll(references.modules(change.addModules()));
        String title = change.title() == null ? activity.title() : change.title();
        Optional<String> description = change.description() == null ? activity.description()
                : Optional.of(change.description());
        return draft.withActivity(activity.withText(title, description)
                .withGrounds(references.changed(activity.grounds(), grounds))
                .withModules(ImmutableSortedSet.copyOf(modules)));
    }

    @Override
    public Edited edit(EditResults.Command command) {
        validator.check(command);
        CommandReading fields = new CommandReading();
        if (command instanceof EditResults.Add add) {
            ActivityId id = fields.required("activity", add.activity(), ActivityId::parse);
            ResultLevel level = fields.required("level", add.level(), ResultLevel::parse);
            Optional<Baseline.Measured> measured = fields.optional("baseline", add.baseline(), Baseline::parse);
            Optional<IndicatorUnit> unit = fields.optional("unit", add.unit(), IndicatorUnit::parse)
                    .or(() -> measured.map(Baseline::unit));
            if (unit.isEmpty() && fields.ok()) {
                fields.problem("unit", "", message("result.unitNeeded"));
            }
            Optional<Baseline> baseline = baseline(fields, measured, unit, add.value(), add.note());
            Optional<BigDecimal> target = unit.isEmpty() ? Optional.empty()
                    : fields.optional("target", add.target(), unit.get()::parseValue);
            Indicator indicator = fields.ok() ? fields.build("indicator", add.indicator(),
                    () -> new Indicator(add.indicator(), unit.get(), baseline, target)) : null;
            fields.check();
            return store.edit(d -> {
                ProjectActivity activity = d.activity(id);
                measured.ifPresent(new DraftReferences(areas)::baseline);
                return d.withActivity(activity.withResult(new ExpectedResult(activity.nextResultNumber(), level,
                        add.description(), indicator)));
            }, d -> id + "/" + (d.activity(id).nextResultNumber() - 1));
        }
        if (command instanceof EditResults.Change change) {
            ResultRef ref = fields.required("result", change.result(), ResultRef::parse);
            Optional<Baseline.Measured> measured = fields.optional("baseline", change.baseline(), Baseline::parse);
            if (change.clearBaseline() && (measured.isPresent() || change.value() != null)) {
                fields.problem("baseline", "", message("result.clearAndSet"));
            }
            if (change.clearTarget() && change.target() != null) {
                fields.problem("target", change.target(), message("result.clearAndSet"));
            }
            fields.check();
            return store.edit(d -> {
                ProjectActivity activity = d.activity(ref.activity());
                ExpectedResult result = result(activity, ref.number());
                measured.ifPresent(new DraftReferences(areas)::baseline);
                return d.withActivity(activity.withResult(changed(result, change, measured)));
            }, d -> ref.toString());
        }
        EditResults.Remove remove = (EditResults.Remove) command;
        ResultRef ref = fields.required("result", remove.result(), ResultRef::parse);
        fields.check();
        return store.edit(d -> {
            ProjectActivity activity = d.activity(ref.activity());
            result(activity, ref.number());
            return d.withActivity(activity.withoutResult(ref.number()));
        }, d -> ref.toString());
    }

    private static ExpectedResult changed(ExpectedResult result, EditResults.Change change,
            Optional<Baseline.Measured> measured) {
        CommandReading fields = new CommandReading();
        Indicator indicator = result.indicator();
        if (change.indicator() != null) {
            indicator = indicator.withName(change.indicator());
        }
        IndicatorUnit unit = measured.map(Baseline::unit).orElse(indicator.unit());
        if (change.clearBaseline()) {
            indicator = indicator.withBaseline(Optional.empty());
        } else if (measured.isPresent() || change.value() != null) {
            Optional<Baseline> baseline = baseline(fields, measured, Optional.of(unit), change.value(), change.note());
            fields.check();
            Indicator named = indicator;
            indicator = fields.build("baseline", change.baseline(), () -> named.withBaseline(baseline));
        } else if (change.note() != null) {
            fields.problem("note", change.note(), message("result.noteWithoutValue"));
        }
        if (change.clearTarget()) {
            indicator = indicator.withTarget(Optional.empty());
        } else if (change.target() != null) {
            IndicatorUnit targetUnit = indicator.unit();
            Optional<BigDecimal> target = fields.optional("target", change.target(), targetUnit::parseValue);
            Indicator before = indicator;
            indicator = fields.ok() ? before.withTarget(target) : before;
        }
        fields.check();
        return new ExpectedResult(result.number(), result.level(), change.description() == null
                ? result.description() : change.description(), indicator);
    }

    /** A measured baseline, or a stated value with its note (in the unit), or none; both is a problem. */
    private static Optional<Baseline> baseline(CommandReading fields, Optional<Baseline.Measured> measured,
            Optional<IndicatorUnit> unit, String value, String note) {
        if (measured.isPresent() && value != null) {
            fields.problem("value", value, message("result.baselineOrValue"));
            return Optional.empty();
        }
        if (measured.isPresent()) {
            return Optional.of(measured.get());
        }
        if (value == null) {
            if (note != null) {
                fields.problem("note", note, message("result.noteWithoutValue"));
            }
            return Optional.empty();
        }
        if (unit.isEmpty()) {
            return Optional.empty();
        }
        Optional<BigDecimal> stated = fields.optional("value", value, unit.get()::parseValue);
        return stated.map(v -> fields.build("note", note, () -> new Baseline.Stated(unit.get(), v,
                Optional.ofNullable(note))));
    }

    private static ExpectedResult result(ProjectActivity activity, int number) {
        return activity.result(number).orElseThrow(() -> new NotFoundException(message("result.none",
                activity.id(), number)));
    }

    private static Message message(String key, Object... args) {
        return Message.of(ImplementationActivityService.class, key, args);
    }

    /**
     * A result of an activity, written {@code A1/2}.
     *
     * @param activity the activity
     * @param number   the result's number in it
     */
    record ResultRef(ActivityId activity, int number) {

        static ResultRef parse(String text) {
            String t = text.strip();
            int slash = t.indexOf('/');
            if (slash < 1) {
                throw new DomainException(message("result.ref", t));
            }
            long number = Codes.positiveNumber(t.substring(slash + 1), ImplementationActivityService.class,
                    "result.ref");
            if (number > 1000) {
                throw new DomainException(message("result.ref", t));
            }
            return new ResultRef(ActivityId.parse(t.substring(0, slash)), (int) number);
        }

        @Override
        public String toString() {
            return activity + "/" + number;
        }
    }
}
