package se.coompanion.sesi.adapters.persistence.actor;

import static se.coompanion.sesi.adapters.persistence.jooq.Tables.ACTOR;
import static se.coompanion.sesi.adapters.persistence.jooq.Tables.CONTACT_PERSON;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import se.coompanion.sesi.adapters.persistence.jooq.tables.records.ActorRecord;
import se.coompanion.sesi.adapters.persistence.privacy.TextMentions;
import se.coompanion.sesi.application.privacy.port.out.DataSubject;
import se.coompanion.sesi.application.privacy.port.out.PersonalDataHolder;
import se.coompanion.sesi.application.privacy.port.in.PersonalRecord;
import se.coompanion.sesi.domain.actor.ContactPerson;

/**
 * What the actor register holds about a contact person: the {@code contact_person} record itself, and mentions in
 * actors' notes. An actor's name is the organisation's, not the person's, and is never changed.
 */
public final class JooqActorPersonalData implements PersonalDataHolder {

    private final DSLContext dsl;
    private final JooqContacts contacts;
    private final TextMentions<ActorRecord> notes = new TextMentions<>(ACTOR, ACTOR.ID, ACTOR.NOTE);

    public JooqActorPersonalData(DSLContext dsl) {
        this.dsl = dsl;
        this.contacts = new JooqContacts(dsl);
    }

    @Override
    public List<String> stores() {
        return List.of(CONTACT_PERSON.getName(), notes.store());
    }

    @Override
    public List<PersonalRecord> export(DataSubject subject) {
        List<PersonalRecord> records = new ArrayList<>();
        contacts.find(subject.contact()).map(PersonalRecord::of).ifPresent(records::add);
        records.addAll(notes.export(dsl, subject));
        return records;
    }

    @Override
    public List<Erased> erase(DataSubject subject, Instant erasedAt) {
        Optional<ContactPerson> contact = contacts.find(subject.contact());
        contact.ifPresent(c -> contacts.update(c.erase(erasedAt)));
        return List.of(new Erased(CONTACT_PERSON.getName(), contact.isPresent() ? 1 : 0),
                new Erased(notes.store(), notes.erase(dsl, subject)));
    }
}
