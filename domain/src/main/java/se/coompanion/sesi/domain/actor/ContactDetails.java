package se.coompanion.sesi.domain.actor;

import java.util.Objects;
import java.util.Optional;
import se.coompanion.sesi.domain.privacy.Erasure;
import se.coompanion.sesi.domain.privacy.LawfulBasis;
import se.coompanion.sesi.domain.shared.Message;
import se.coompanion.sesi.domain.shared.TextField;

/**
 * What the register holds about a contact person: personal data (GDPR), held on a lawful basis.
 *
 * @param name        the person's name
 * @param title       role or title in the organisation
 * @param email       email address
 * @param phone       phone number
 * @param lawfulBasis why the data may be held (legitimate interest by default)
 */
public record ContactDetails(String name, Optional<String> title, Optional<EmailAddress> email,
        Optional<PhoneNumber> phone, LawfulBasis lawfulBasis) {

    public static final int MAX_NAME = 200;
    public static final int MAX_TITLE = 200;

    public ContactDetails {
        name = TextField.required(Message.of(ContactDetails.class, "field.contactName"), name, MAX_NAME);
        title = TextField.optional(Message.of(ContactDetails.class, "field.title"), title, MAX_TITLE);
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(phone, "phone");
        Objects.requireNonNull(lawfulBasis, "lawfulBasis");
    }

    /** The details after erasure: the name is the marker, everything else that describes the person is gone. */
    public ContactDetails anonymised() {
        return new ContactDetails(Erasure.MARKER, Optional.empty(), Optional.empty(), Optional.empty(), lawfulBasis);
    }
}
