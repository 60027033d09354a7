package se.coompanion.sesi.application.privacy.port.in;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import se.coompanion.sesi.domain.actor.ContactPerson;
import se.coompanion.sesi.domain.actor.EmailAddress;
import se.coompanion.sesi.domain.actor.PhoneNumber;

/**
 * One record that holds or mentions a person, as the right of access shows it: where it is, which record, and its
 * fields (name and value, in order).
 *
 * @param store  where the record is (a table, e.g. {@code contact_person})
 * @param record which record (its number)
 * @param fields the fields that concern the person, in order
 */
public record PersonalRecord(String store, String record, List<Field> fields) {

    /** Where contact persons are stored. */
    public static final String CONTACT_STORE = "contact_person";

    /**
     * @param name  the field's name (e.g. {@code email})
     * @param value its value as stored; empty for none
     */
    public record Field(String name, String value) {
        public Field {
            Objects.requireNonNull(name, "name");
            value = value == null ? "" : value;
        }
    }

    public PersonalRecord {
        Objects.requireNonNull(store, "store");
        Objects.requireNonNull(record, "record");
        fields = List.copyOf(fields);
    }

    /** The record of a contact person: the store {@code contact_person} and every field it holds. */
    public static PersonalRecord of(ContactPerson contact) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("actor", contact.actor());
        fields.put("name", contact.details().name());
        fields.put("title", contact.details().title().orElse(""));
        fields.put("email", contact.details().email().map(EmailAddress::value).orElse(""));
        fields.put("phone", contact.details().phone().map(PhoneNumber::value).orElse(""));
        fields.put("lawful_basis", contact.details().lawfulBasis());
        fields.put("registered_at", contact.registeredAt());
        fields.put("erased_at", contact.erasedAt().map(Instant::toString).orElse(""));
        return of(CONTACT_STORE, contact.id(), fields);
    }

    /** A record from fields in order; a null value is empty. */
    public static PersonalRecord of(String store, Object record, Map<String, ?> fields) {
        Map<String, Object> ordered = new LinkedHashMap<>(fields);
        return new PersonalRecord(store, String.valueOf(record), ordered.entrySet().stream()
                .map(e -> new Field(e.getKey(), e.getValue() == null ? "" : String.valueOf(e.getValue()))).toList());
    }
}
