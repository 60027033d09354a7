package se.coompanion.sesi.adapters.persistence.actor;

import static se.coompanion.sesi.adapters.persistence.jooq.Tables.ACTOR;
import static se.coompanion.sesi.adapters.persistence.jooq.Tables.CONTACT_PERSON;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record;
import se.coompanion.sesi.application.actor.port.out.Contacts;
import se.coompanion.sesi.application.shared.NotFoundException;
import se.coompanion.sesi.domain.actor.ActorKey;
import se.coompanion.sesi.domain.actor.ContactDetails;
import se.coompanion.sesi.domain.actor.ContactId;
import se.coompanion.sesi.domain.actor.ContactPerson;
import se.coompanion.sesi.domain.actor.EmailAddress;
import se.coompanion.sesi.domain.actor.PhoneNumber;
import se.coompanion.sesi.domain.privacy.LawfulBasis;
import se.coompanion.sesi.domain.shared.Message;

/** Contact persons in table {@code contact_person}; the one place a contact is mapped. */
public final class JooqContacts implements Contacts {

    private final DSLContext dsl;

    public JooqContacts(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public ContactPerson add(ActorKey actor, ContactDetails details, Instant registeredAt) {
        long actorId = JooqActors.id(dsl, actor).orElseThrow(() -> new NotFoundException(
                Message.of(JooqContacts.class, "contact.actorMissing", actor)));
        long id = dsl.insertInto(CONTACT_PERSON)
                .set(CONTACT_PERSON.ACTOR_ID, actorId)
                .set(CONTACT_PERSON.NAME, details.name())
                .set(CONTACT_PERSON.TITLE, details.title().orElse(null))
                .set(CONTACT_PERSON.EMAIL, details.email().map(EmailAddress::value).orElse(null))
                .set(CONTACT_PERSON.PHONE, details.phone().map(PhoneNumber::value).orElse(null))
                .set(CONTACT_PERSON.LAWFUL_BASIS, details.lawfulBasis().name())
                .set(CONTACT_PERSON.REGISTERED_AT, registeredAt.atOffset(ZoneOffset.UTC))
                .returning(CONTACT_PERSON.ID)
                .fetchSingle(CONTACT_PERSON.ID);
        return new ContactPerson(new ContactId(id), actor, details, registeredAt, Optional.empty());
    }

    @Override
    public Optional<ContactPerson> find(ContactId id) {
        return contacts(CONTACT_PERSON.ID.eq(id.value())).stream().findFirst();
    }

    @Override
    public List<ContactPerson> all() {
        return contacts(CONTACT_PERSON.ID.isNotNull());
    }

    @Override
    public List<ContactPerson> of(ActorKey actor) {
        return contacts(ACTOR.ACTOR_KEY.eq(actor.value()));
    }

    /** Writes a contact's details and erasure time back, as they now are (after an erasure). */
    void update(ContactPerson contact) {
        ContactDetails d = contact.details();
        dsl.update(CONTACT_PERSON)
                .set(CONTACT_PERSON.NAME, d.name())
                .set(CONTACT_PERSON.TITLE, d.title().orElse(null))
                .set(CONTACT_PERSON.EMAIL, d.email().map(EmailAddress::value).orElse(null))
                .set(CONTACT_PERSON.PHONE, d.phone().map(PhoneNumber::value).orElse(null))
                .set(CONTACT_PERSON.LAWFUL_BASIS, d.lawfulBasis().name())
                .set(CONTACT_PERSON.ERASED_AT, contact.erasedAt().map(at -> at.atOffset(ZoneOffset.UTC)).orElse(null))
                .where(CONTACT_PERSON.ID.eq(contact.id().value()))
                .execute();
    }

    private List<ContactPerson> contacts(Condition condition) {
        return dsl.select(CONTACT_PERSON.fields()).select(ACTOR.ACTOR_KEY)
                .from(CONTACT_PERSON).join(ACTOR).on(ACTOR.ID.eq(CONTACT_PERSON.ACTOR_ID))
                .where(condition)
                .orderBy(CONTACT_PERSON.ID)
                .fetch(JooqContacts::toContact);
    }

    private static ContactPerson toContact(Record r) {
        ContactDetails details = new ContactDetails(r.get(CONTACT_PERSON.NAME),
                Optional.ofNullable(r.get(CONTACT_PERSON.TITLE)),
                Optional.ofNullable(r.get(CONTACT_PERSON.EMAIL)).map(EmailAddress::new),
                Optional.ofNullable(r.get(CONTACT_PERSON.PHONE)).map(PhoneNumber::new),
                LawfulBasis.valueOf(r.get(CONTACT_PERSON.LAWFUL_BASIS)));
        return new ContactPerson(new ContactId(r.get(CONTACT_PERSON.ID)), new ActorKey(r.get(ACTOR.ACTOR_KEY)),
                details, r.get(CONTACT_PERSON.REGISTERED_AT).toInstant(),
                Optional.ofNullable(r.get(CONTACT_PERSON.ERASED_AT)).map(OffsetDateTime::toInstant));
    }
}
