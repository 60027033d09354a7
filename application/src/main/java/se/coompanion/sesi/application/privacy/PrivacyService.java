package se.coompanion.sesi.application.privacy;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import se.coompanion.sesi.application.actor.port.out.Actors;
import se.coompanion.sesi.application.actor.port.out.Contacts;
import se.coompanion.sesi.application.privacy.port.in.ErasePersonalData;
import se.coompanion.sesi.application.privacy.port.in.ExportPersonalData;
import se.coompanion.sesi.application.privacy.port.out.DataSubject;
import se.coompanion.sesi.application.privacy.port.out.PersonalDataHolder;
import se.coompanion.sesi.application.privacy.port.in.PersonalRecord;
import se.coompanion.sesi.application.shared.ConflictException;
import se.coompanion.sesi.application.shared.InvalidInputException;
import se.coompanion.sesi.application.shared.NotFoundException;
import se.coompanion.sesi.application.shared.Problem;
import se.coompanion.sesi.application.shared.port.out.Transactions;
import se.coompanion.sesi.domain.actor.ContactDetails;
import se.coompanion.sesi.domain.actor.ContactId;
import se.coompanion.sesi.domain.actor.ContactPerson;
import se.coompanion.sesi.domain.actor.EmailAddress;
import se.coompanion.sesi.domain.actor.PhoneNumber;
import se.coompanion.sesi.domain.shared.DomainException;
import se.coompanion.sesi.domain.shared.Message;

/**
 * The rights of access and erasure for contact persons, over every area's {@link PersonalDataHolder}: the
 * service knows no table; each area answers for its own.
 */
public final class PrivacyService implements ExportPersonalData, ErasePersonalData {

    private final Contacts contacts;
    private final Actors actors;
    private final List<PersonalDataHolder> holders;
    private final Transactions transactions;
    private final Clock clock;

    public PrivacyService(Contacts contacts, Actors actors, List<PersonalDataHolder> holders,
            Transactions transactions, Clock clock) {
        this.contacts = Objects.requireNonNull(contacts);
        this.actors = Objects.requireNonNull(actors);
        this.holders = List.copyOf(holders);
        this.transactions = Objects.requireNonNull(transactions);
        this.clock = Objects.requireNonNull(clock);
    }

    @Override
    public ExportPersonalData.Result export(String contact) {
        ContactId id = id(contact);
        return transactions.inTransaction(() -> {
            ContactPerson person = find(id);
            DataSubject subject = subject(person);
            List<PersonalRecord> records = new ArrayList<>();
            for (PersonalDataHolder holder : holders) {
                records.addAll(holder.export(subject));
            }
            return new ExportPersonalData.Result(person, actors.find(person.actor()).orElseThrow(), clock.instant(),
                    records);
        });
    }

    @Override
    public ErasePersonalData.Result erase(String contact) {
        ContactId id = id(contact);
        ErasePersonalData.Result result = transactions.inTransaction(() -> {
            ContactPerson person = find(id);
            if (person.erased()) {
                throw new ConflictException(Message.of(PrivacyService.class, "privacy.alreadyErased", id,
                        person.erasedAt().orElseThrow()));
            }
            DataSubject subject = subject(person);
            Instant at = clock.instant();
            List<ErasePersonalData.Changed> changed = new ArrayList<>();
            for (PersonalDataHolder holder : holders) {
                holder.erase(subject, at).forEach(e -> changed.add(new ErasePersonalData.Changed(e.store(),
                        e.records())));
            }
            return new ErasePersonalData.Result(id, at, changed);
        });
        // The person must be gone from the storage itself when the erasure returns, not only from what it shows.
        transactions.forgetEarlierVersions();
        return result;
    }

    private ContactPerson find(ContactId id) {
        return contacts.find(id).orElseThrow(() -> new NotFoundException(Message.of(PrivacyService.class,
                "privacy.unknownContact", id)));
    }

    private static ContactId id(String text) {
        try {
            return ContactId.parse(text);
        } catch (DomainException e) {
            throw InvalidInputException.of(Problem.ofField("contact", text == null ? "" : text.strip(), e));
        }
    }

    /** The person as free text mentions them; an erased person is known by number only. */
    private static DataSubject subject(ContactPerson person) {
        if (person.erased()) {
            return new DataSubject(person.id(), "", Optional.empty(), Optional.empty());
        }
        ContactDetails details = person.details();
        return new DataSubject(person.id(), details.name(), details.email().map(EmailAddress::value),
                details.phone().map(PhoneNumber::value));
    }
}
