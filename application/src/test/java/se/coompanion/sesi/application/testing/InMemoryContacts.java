package se.coompanion.sesi.application.testing;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import se.coompanion.sesi.application.actor.port.out.Contacts;
import se.coompanion.sesi.application.privacy.port.out.DataSubject;
import se.coompanion.sesi.application.privacy.port.out.PersonalDataHolder;
import se.coompanion.sesi.application.privacy.port.in.PersonalRecord;
import se.coompanion.sesi.domain.actor.ActorKey;
import se.coompanion.sesi.domain.actor.ContactDetails;
import se.coompanion.sesi.domain.actor.ContactId;
import se.coompanion.sesi.domain.actor.ContactPerson;

/** Contact persons in memory; as a personal data holder it gives out and erases the contact record itself. */
public final class InMemoryContacts implements Contacts, PersonalDataHolder, InMemory {

    private final NumberedRecords<ContactPerson> contacts = new NumberedRecords<>();

    @Override
    public ContactPerson add(ActorKey actor, ContactDetails details, Instant registeredAt) {
        return contacts.add(n -> new ContactPerson(new ContactId(n), actor, details, registeredAt, Optional.empty()));
    }

    @Override
    public Optional<ContactPerson> find(ContactId id) {
        return Optional.ofNullable(contacts.get(id.value()));
    }

    @Override
    public List<ContactPerson> all() {
        return contacts.all();
    }

    @Override
    public List<ContactPerson> of(ActorKey actor) {
        return contacts.all().stream().filter(c -> c.actor().equals(actor)).toList();
    }

    @Override
    public List<String> stores() {
        return List.of(PersonalRecord.CONTACT_STORE);
    }

    @Override
    public List<PersonalRecord> export(DataSubject subject) {
        return find(subject.contact()).map(PersonalRecord::of).stream().toList();
    }

    @Override
    public List<Erased> erase(DataSubject subject, Instant erasedAt) {
        Optional<ContactPerson> contact = find(subject.contact());
        contact.ifPresent(c -> contacts.put(c.id().value(), c.erase(erasedAt)));
        return List.of(new Erased(PersonalRecord.CONTACT_STORE, contact.isPresent() ? 1 : 0));
    }

    @Override
    public Object snapshot() {
        return contacts.snapshot();
    }

    @Override
    public void restore(Object snapshot) {
        contacts.restore(snapshot);
    }
}
