package se.coompanion.sesi.application.seminar;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import se.coompanion.sesi.application.actor.port.out.Actors;
import se.coompanion.sesi.application.actor.port.out.Contacts;
import se.coompanion.sesi.application.seminar.port.in.Guest;
import se.coompanion.sesi.application.seminar.port.in.InviteContacts;
import se.coompanion.sesi.application.seminar.port.in.ListInvitations;
import se.coompanion.sesi.application.seminar.port.in.RecordAnswer;
import se.coompanion.sesi.application.seminar.port.in.SendReminder;
import se.coompanion.sesi.application.seminar.port.out.SeminarInvitations;
import se.coompanion.sesi.application.seminar.port.out.SeminarMinutes;
import se.coompanion.sesi.application.seminar.port.out.Seminars;
import se.coompanion.sesi.application.shared.CommandReading;
import se.coompanion.sesi.application.shared.CommandValidator;
import se.coompanion.sesi.application.shared.ConflictException;
import se.coompanion.sesi.application.shared.InvalidInputException;
import se.coompanion.sesi.application.shared.NotFoundException;
import se.coompanion.sesi.application.shared.Problem;
import se.coompanion.sesi.application.shared.port.out.Transactions;
import se.coompanion.sesi.domain.actor.Actor;
import se.coompanion.sesi.domain.actor.ContactId;
import se.coompanion.sesi.domain.actor.ContactPerson;
import se.coompanion.sesi.domain.seminar.Answer;
import se.coompanion.sesi.domain.seminar.AnswerChannel;
import se.coompanion.sesi.domain.seminar.Invitation;
import se.coompanion.sesi.domain.seminar.InvitationStatus;
import se.coompanion.sesi.domain.seminar.Seminar;
import se.coompanion.sesi.domain.seminar.SeminarDossier;
import se.coompanion.sesi.domain.shared.Message;

/** Invitations to a seminar: inviting contact persons, their answers, reminders, and the list of the invited. */
public final class InvitationService implements InviteContacts, ListInvitations, RecordAnswer, SendReminder {

    private final SeminarRecords records;
    private final Contacts contacts;
    private final Actors actors;
    private final Transactions transactions;
    private final CommandValidator validator;

    public InvitationService(Seminars seminars, SeminarInvitations invitations, SeminarMinutes minutes,
            Contacts contacts, Actors actors, Transactions transactions, CommandValidator validator, Clock clock) {
        this.records = new SeminarRecords(seminars, invitations, minutes, contacts, actors, clock);
        this.contacts = Objects.requireNonNull(contacts);
        this.actors = Objects.requireNonNull(actors);
        this.transactions = Objects.requireNonNull(transactions);
        this.validator = Objects.requireNonNull(validator);
    }

    @Override
    public InviteContacts.Result invite(InviteContacts.Command command) {
        validator.check(command);
        CommandReading fields = new CommandReading();
        List<ContactId> named = fields.each("contacts", command.contacts(), ContactId::parse);
        if (fields.ok() && command.contacts().stream().allMatch(String::isBlank)
                && command.actors().stream().allMatch(String::isBlank)) {
            fields.problem("contacts", "", Message.of(InvitationService.class, "invite.nobody"));
        }
        fields.check();
        LocalDate date = records.dayOrToday("date", command.date());
        return transactions.inTransaction(() -> {
            Seminar seminar = records.seminars().require(command.seminar());
            if (date.isAfter(seminar.facts().date())) {
                throw InvalidInputException.of(Problem.ofField("date", date.toString(), Message.of(
                        InvitationService.class, "invite.afterSeminar", date, seminar.facts().date())));
            }
            Map<ContactId, Guest> chosen = new LinkedHashMap<>();
            List<Guest> erased = new ArrayList<>();
            for (ContactId id : named) {
                Guest guest = records.guest("contacts", id.toString());
                if (guest.contact().erased()) {
                    throw new ConflictException(Message.of(InvitationService.class, "invite.erased", id));
                }
                chosen.putIfAbsent(id, guest);
            }
            for (String reference : command.actors()) {
                if (reference.isBlank()) {
                    continue;
                }
                Actor actor = actors.require("actors", reference);
                for (ContactPerson contact : contacts.of(actor.key())) {
                    if (contact.erased()) {
                        erased.add(new Guest(contact, actor));
                    } else {
                        chosen.putIfAbsent(contact.id(), new Guest(contact, actor));
                    }
                }
            }
            Set<ContactId> before = records.invitations().of(seminar.id()).stream().map(Invitation::contact)
                    .collect(Collectors.toSet());
            List<Guest> invited = chosen.values().stream().filter(g -> !before.contains(g.contact().id())).toList();
            List<Guest> already = chosen.values().stream().filter(g -> before.contains(g.contact().id())).toList();
            if (invited.isEmpty()) {
                throw new ConflictException(Message.of(InvitationService.class, "invite.nothingNew", seminar.id(),
                        chosen.size(), erased.size()));
            }
            records.invitations().add(seminar.id(), invited.stream().map(g -> Invitation.sent(g.contact().id(), date))
                    .toList(), records.clock().instant());
            return new InviteContacts.Result(seminar, date, invited, already, erased);
        });
    }

    @Override
    public ListInvitations.Result list(String seminar, List<String> statuses) {
        CommandReading fields = new CommandReading();
        List<InvitationStatus> wanted = fields.each("status", statuses, InvitationStatus::parse);
        fields.check();
        return transactions.inTransaction(() -> {
            SeminarDossier dossier = records.dossier(records.seminars().require(seminar));
            LocalDate today = records.today();
            List<ListInvitations.Invited> listed = invited(dossier, today, records.guests()).stream()
                    .filter(i -> wanted.isEmpty() || wanted.contains(i.status())).toList();
            return new ListInvitations.Result(dossier.seminar(), today, listed);
        });
    }

    @Override
    public RecordAnswer.Result answer(RecordAnswer.Command command) {
        validator.check(command);
        CommandReading fields = new CommandReading();
        InvitationStatus reply = fields.required("answer", command.answer(), InvitationStatus::parseAnswer);
        Optional<AnswerChannel> via = fields.optional("via", command.via(), AnswerChannel::parse);
        ContactId contact = fields.required("contact", command.contact(), ContactId::parse);
        fields.check();
        LocalDate date = records.dayOrToday("date", command.date());
        return transactions.inTransaction(() -> {
            Seminar seminar = records.seminars().require(command.seminar());
            Guest guest = records.guest("contact", contact.toString());
            SeminarDossier dossier = records.dossier(seminar);
            Invitation invitation = dossier.invitation(contact).orElseThrow(() -> new NotFoundException(Message.of(
                    InvitationService.class, "answer.notInvited", contact, guest.contact().details().name(),
                    seminar.id())));
            InvitationStatus before = dossier.status(invitation, records.today());
            if (invitation.answer().isPresent() && !command.replace()) {
                Answer given = invitation.answer().get();
                throw new ConflictException(Message.of(InvitationService.class, "answer.already", contact,
                        given.reply().title(), given.on()));
            }
            CommandReading answerFields = new CommandReading();
            Invitation answered = answerFields.build("date", date.toString(), () -> invitation.answered(
                    new Answer(reply, date, via)));
            answerFields.check();
            records.invitations().answer(seminar.id(), contact, answered.answer().orElseThrow(),
                    records.clock().instant());
            return new RecordAnswer.Result(seminar, guest, before, answered);
        });
    }

    @Override
    public SendReminder.Result remind(SendReminder.Command command) {
        validator.check(command);
        CommandReading fields = new CommandReading();
        List<InvitationStatus> statuses = fields.each("statuses", command.statuses(), InvitationStatus::parse);
        List<ContactId> chosen = fields.each("contacts", command.contacts(), ContactId::parse);
        fields.check();
        LocalDate date = records.dayOrToday("date", command.date());
        Set<InvitationStatus> wanted = statuses.isEmpty() ? EnumSet.of(InvitationStatus.INVITED,
                InvitationStatus.NO_ANSWER) : EnumSet.copyOf(statuses);
        return transactions.inTransaction(() -> {
            Seminar seminar = records.seminars().require(command.seminar());
            if (date.isAfter(seminar.facts().date())) {
                throw InvalidInputException.of(Problem.ofField("date", date.toString(), Message.of(
                        InvitationService.class, "remind.afterSeminar", date, seminar.facts().date())));
            }
            SeminarDossier dossier = records.dossier(seminar);
            for (ContactId id : chosen) {
                Guest guest = records.guest("contacts", id.toString());
                if (dossier.invitation(id).isEmpty()) {
                    throw new NotFoundException(Message.of(InvitationService.class, "answer.notInvited", id,
                            guest.contact().details().name(), seminar.id()));
                }
            }
            List<ListInvitations.Invited> recipients = invited(dossier, date, records.guests()).stream()
                    .filter(i -> !i.invitation().invitedOn().isAfter(date))
                    .filter(i -> !i.guest().contact().erased())
                    .filter(i -> wanted.contains(i.status()))
                    .filter(i -> chosen.isEmpty() || chosen.contains(i.invitation().contact()))
                    .toList();
            if (recipients.isEmpty()) {
                throw new ConflictException(Message.of(InvitationService.class, "remind.nobody", seminar.id(),
                        wanted.stream().map(Enum::name).collect(Collectors.joining(", ")), date));
            }
            records.invitations().remind(seminar.id(), date, recipients.stream().map(r -> r.invitation().contact())
                    .toList(), records.clock().instant());
            int withoutEmail = (int) recipients.stream().filter(r -> r.guest().contact().details().email().isEmpty())
                    .count();
            return new SendReminder.Result(seminar, date, recipients, withoutEmail);
        });
    }

    /** The seminar's invitations with their status on the day, their guest and whether the guest came. */
    static List<ListInvitations.Invited> invited(SeminarDossier dossier, LocalDate day, Map<ContactId, Guest> guests) {
        return dossier.invitations().stream().map(i -> new ListInvitations.Invited(i, dossier.status(i, day),
                guests.get(i.contact()), dossier.checkIn(i.contact()).isPresent())).toList();
    }
}
