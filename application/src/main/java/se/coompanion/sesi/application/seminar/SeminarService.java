package se.coompanion.sesi.application.seminar;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import se.coompanion.sesi.application.actor.port.out.Actors;
import se.coompanion.sesi.application.actor.port.out.Contacts;
import se.coompanion.sesi.application.seminar.port.in.AddAgendaItem;
import se.coompanion.sesi.application.seminar.port.in.CreateSeminar;
import se.coompanion.sesi.application.seminar.port.in.ListSeminars;
import se.coompanion.sesi.application.seminar.port.in.RecordOutcome;
import se.coompanion.sesi.application.seminar.port.in.RecordSeminarEvaluation;
import se.coompanion.sesi.application.seminar.port.in.ShowSeminar;
import se.coompanion.sesi.application.seminar.port.out.SeminarInvitations;
import se.coompanion.sesi.application.seminar.port.out.SeminarMinutes;
import se.coompanion.sesi.application.seminar.port.out.Seminars;
import se.coompanion.sesi.application.shared.CommandReading;
import se.coompanion.sesi.application.shared.CommandValidator;
import se.coompanion.sesi.application.shared.NotFoundException;
import se.coompanion.sesi.application.shared.port.out.Transactions;
import se.coompanion.sesi.domain.actor.ContactId;
import se.coompanion.sesi.domain.seminar.AgendaItem;
import se.coompanion.sesi.domain.seminar.MethodModel;
import se.coompanion.sesi.domain.seminar.RatingTally;
import se.coompanion.sesi.domain.seminar.Seminar;
import se.coompanion.sesi.domain.seminar.SeminarDossier;
import se.coompanion.sesi.domain.seminar.SeminarEvaluation;
import se.coompanion.sesi.domain.seminar.SeminarFacts;
import se.coompanion.sesi.domain.shared.Message;

/** The analysis seminar: planning, the agenda with its outcomes, the evaluation, and what is documented. */
public final class SeminarService implements CreateSeminar, ListSeminars, ShowSeminar, AddAgendaItem, RecordOutcome,
        RecordSeminarEvaluation {

    private final SeminarRecords records;
    private final Transactions transactions;
    private final CommandValidator validator;

    public SeminarService(Seminars seminars, SeminarInvitations invitations, SeminarMinutes minutes, Contacts contacts,
            Actors actors, Transactions transactions, CommandValidator validator, Clock clock) {
        this.records = new SeminarRecords(seminars, invitations, minutes, contacts, actors, clock);
        this.transactions = Objects.requireNonNull(transactions);
        this.validator = Objects.requireNonNull(validator);
    }

    @Override
    public Seminar create(CreateSeminar.Command command) {
        validator.check(command);
        CommandReading fields = new CommandReading();
        String title = fields.build("title", command.title(), () -> SeminarFacts.title(command.title()));
        Optional<String> link = fields.optional("link", command.link(), SeminarFacts::link);
        boolean linkGiven = command.link() != null && !command.link().isBlank();
        // The rest is checked as a whole; a title or link already reported stands in as valid, so that every
        // problem is reported once.
        SeminarFacts facts = fields.build("", "", () -> SeminarFacts.of(title == null ? "-" : title, command.date(),
                Optional.ofNullable(command.answerBy()), Optional.ofNullable(command.place()),
                linkGiven && link.isEmpty() ? Optional.of("https://reported.invalid") : link,
                command.accessibility()));
        fields.check();
        return transactions.inTransaction(() -> records.seminars().add(facts, records.clock().instant()));
    }

    @Override
    public ListSeminars.Result list() {
        return transactions.inTransaction(() -> new ListSeminars.Result(records.seminars().all().stream()
                .map(records::dossier).toList(), records.today()));
    }

    @Override
    public ShowSeminar.Result show(String seminar) {
        return transactions.inTransaction(() -> {
            SeminarDossier dossier = records.dossier(records.seminars().require(seminar));
            var guests = records.guests();
            guests.keySet().retainAll(concerned(dossier));
            return new ShowSeminar.Result(dossier, records.today(), guests);
        });
    }

    @Override
    public AddAgendaItem.Result add(AddAgendaItem.Command command) {
        validator.check(command);
        CommandReading fields = new CommandReading();
        Optional<MethodModel> method = fields.optional("method", command.method(), MethodModel::parse);
        AgendaItem checked = fields.build("", "", () -> AgendaItem.planned(1, command.title(), method,
                Optional.ofNullable(command.description())));
        fields.check();
        return transactions.inTransaction(() -> {
            Seminar seminar = records.seminars().require(command.seminar());
            AgendaItem item = AgendaItem.planned(seminar.nextItemNumber(), checked.title(), checked.method(),
                    checked.description());
            records.seminars().addAgendaItem(seminar.id(), item);
            return new AddAgendaItem.Result(seminar, item);
        });
    }

    @Override
    public RecordOutcome.Result record(RecordOutcome.Command command) {
        validator.check(command);
        Rated given = rated(command.ratings(), "conclusions", command.conclusions(), AgendaItem::conclusion,
                command.replace() ? "" : "outcome.empty");
        RatingTally ratings = given.ratings();
        List<String> conclusions = given.texts();
        return transactions.inTransaction(() -> {
            Seminar seminar = records.seminars().require(command.seminar());
            AgendaItem item = seminar.item(command.item()).orElseThrow(() -> new NotFoundException(Message.of(
                    SeminarService.class, "outcome.noItem", seminar.id(), command.item(), seminar.agenda().size())));
            records.requireHeld(seminar, "outcome");
            AgendaItem changed = command.replace() ? item.withOutcome(ratings, conclusions)
                    : item.withOutcomeAdded(ratings, conclusions);
            records.seminars().updateOutcome(seminar.id(), changed, records.clock().instant());
            return new RecordOutcome.Result(seminar, changed);
        });
    }

    @Override
    public RecordSeminarEvaluation.Result record(RecordSeminarEvaluation.Command command) {
        validator.check(command);
        Rated given = rated(command.ratings(), "comments", command.comments(), SeminarEvaluation::comment,
                "evaluation.empty");
        return transactions.inTransaction(() -> {
            Seminar seminar = records.seminars().require(command.seminar());
            records.requireHeld(seminar, "evaluation");
            SeminarEvaluation evaluation = seminar.evaluation().plus(given.ratings(), given.texts());
            records.seminars().updateEvaluation(seminar.id(), evaluation, records.clock().instant());
            return new RecordSeminarEvaluation.Result(seminar, evaluation);
        });
    }

    /**
     * Reads ratings (1-5, separated by commas) and texts (conclusions, comments), every problem at once.
     *
     * @param emptyKey the message when neither is given; empty when that is allowed
     */
    private static Rated rated(String ratings, String textField, List<String> texts, Function<String, String> check,
            String emptyKey) {
        CommandReading fields = new CommandReading();
        RatingTally tally = fields.optional("ratings", ratings, RatingTally::parse).orElse(RatingTally.NONE);
        List<String> checked = fields.each(textField, texts, check);
        if (fields.ok() && tally.n() == 0 && checked.isEmpty() && !emptyKey.isEmpty()) {
            fields.problem("ratings", "", Message.of(SeminarService.class, emptyKey));
        }
        fields.check();
        return new Rated(tally, checked);
    }

    private record Rated(RatingTally ratings, List<String> texts) {
    }

    /** The contact persons a seminar's documentation names: the invited and those checked in. */
    private static List<ContactId> concerned(SeminarDossier dossier) {
        List<ContactId> ids = new ArrayList<>();
        dossier.invitations().forEach(i -> ids.add(i.contact()));
        dossier.checkIns().forEach(c -> ids.add(c.contact()));
        return ids;
    }
}
