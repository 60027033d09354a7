package se.coompanion.sesi.application.privacy.port.out;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import se.coompanion.sesi.domain.actor.ContactId;

/**
 * The person whose data is exported or erased: a contact person, by number, and what identifies the person in
 * free text (full name, email address, phone number, as registered).
 *
 * @param contact the contact person's number
 * @param name    the full name
 * @param email   the email address, if registered
 * @param phone   the phone number, if registered
 */
public record DataSubject(ContactId contact, String name, Optional<String> email, Optional<String> phone) {

    /**
     * Shorter terms are not looked for in free text: a short name ("Bo") would match parts of other words. Full
     * names, email addresses and phone numbers are longer.
     */
    public static final int SHORTEST_TERM = 5;

    public DataSubject {
        Objects.requireNonNull(contact, "contact");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(phone, "phone");
    }

    /** What a mention of the person in free text looks like: the name, email and phone of at least 5 characters. */
    public List<String> terms() {
        List<String> terms = new ArrayList<>();
        terms.add(name);
        email.ifPresent(terms::add);
        phone.ifPresent(terms::add);
        return terms.stream().map(String::strip).filter(t -> t.length() >= SHORTEST_TERM).distinct().toList();
    }
}
