package se.coompanion.sesi.application.seminar;

import com.google.common.collect.ImmutableList;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import se.coompanion.sesi.application.actor.port.out.Actors;
import se.coompanion.sesi.application.actor.port.out.Contacts;
import se.coompanion.sesi.application.seminar.port.in.Guest;
import se.coompanion.sesi.application.seminar.port.out.SeminarInvitations;
import se.coompanion.sesi.application.seminar.port.out.SeminarMinutes;
import se.coompanion.sesi.application.seminar.port.out.Seminars;
import se.coompanion.sesi.application.shared.ConflictException;
import se.coompanion.sesi.application.shared.InvalidInputException;
import se.coompanion.sesi.application.shared.NotFoundException;
import se.coompanion.sesi.application.shared.Problem;
import se.coompanion.sesi.domain.actor.Actor;
import se.coompanion.sesi.domain.actor.ActorKey;
import se.coompanion.sesi.domain.actor.ContactId;
import se.coompanion.sesi.domain.actor.ContactPerson;
import se.coompanion.sesi.domain.seminar.Seminar;
import se.coompanion.sesi.domain.seminar.SeminarDossier;
import se.coompanion.sesi.domain.shared.DomainException;
import se.coompanion.sesi.domain.shared.Message;

/**
 * What the seminar services share: the seminar's documentation read together, the guests with their organisations,
 * today's date, and the rules on days (nothing is dated after today; what happens at the seminar is recorded from
 * its day on).
 */
final class SeminarRecords {

    private final Seminars seminars;
    private final SeminarInvitations invitations;
    private final SeminarMinutes minutes;
    private final Contacts contacts;
    private final Actors actors;
    private final Clock clock;

    SeminarRecords(Seminars seminars, SeminarInvitations invitations, SeminarMinutes minutes, Contacts contacts,
            Actors actors, Clock clock) {
        this.seminars = Objects.requireNonNull(seminars);
        this.invitations = Objects.requireNonNull(invitations);
        this.minutes = Objects.requireNonNull(minutes);
        this.contacts = Objects.requireNonNull(contacts);
        this.actors = Objects.requireNonNull(actors);
        this.clock = Objects.requireNonNull(clock);
    }

    Seminars seminars() {
        return seminars;
    }

    SeminarInvitations invitations() {
        return invitations;
    }

    SeminarMinutes minutes() {
        return minutes;
    }

    Clock clock() {
        return clock;
    }

    LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), clock.getZone());
    }

    /** Everything documented about the seminar. */
    SeminarDossier dossier(Seminar seminar) {
        return new SeminarDossier(seminar, ImmutableList.copyOf(
                invitations.of(seminar.id())), ImmutableList.copyOf(
                        invitations.checkIns(seminar.id())), minutes.of(seminar.id()));
    }

    /** Every contact person with its organisation, by number. */
    Map<ContactId, Guest> guests() {
        Map<ActorKey, Actor> byKey = actors.all().stream().collect(Collectors.toMap(Actor::key, Function.identity()));
        Map<ContactId, Guest> guests = new HashMap<>();
        for (ContactPerson contact : contacts.all()) {
            guests.put(contact.id(), new Guest(contact, byKey.get(contact.actor())));
        }
        return guests;
    }

    /** The contact person a person names by number: invalid input when not a number, not found when unknown. */
    Guest guest(String field, String reference) {
        ContactId id;
        try {
            id = ContactId.parse(reference);
        } catch (DomainException e) {
            throw InvalidInputException.of(Problem.ofField(field, reference == null ? "" : reference.strip(), e));
        }
        ContactPerson contact = contacts.find(id).orElseThrow(() -> new NotFoundException(Message.of(
                SeminarRecords.class, "contact.notFound", id)));
        return new Guest(contact, actors.find(contact.actor()).orElseThrow());
    }

    /** The day given, or today; a day after today is invalid input. */
    LocalDate dayOrToday(String field, LocalDate given) {
        LocalDate today = today();
        if (given == null) {
            return today;
        }
        if (given.isAfter(today)) {
            throw InvalidInputException.of(Problem.ofField(field, given.toString(), Message.of(SeminarRecords.class,
                    "date.future", given, today)));
        }
        return given;
    }

    /** What happens at the seminar is recorded from its day on: before it, a conflict naming what. */
    void requireHeld(Seminar seminar, String what) {
        LocalDate day = seminar.facts().date();
        if (today().isBefore(day)) {
            throw new ConflictException(Message.of(SeminarRecords.class, "seminar.notYet", seminar.id(), day,
                    Message.of(SeminarRecords.class, "what." + what)));
        }
    }
}
