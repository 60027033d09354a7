package se.coompanion.sesi.application.privacy.port.in;

import java.time.Instant;
import java.util.List;
import se.coompanion.sesi.domain.actor.ContactId;

/**
 * The right to erasure (GDPR article 17): the contact person is anonymised in every store, in one transaction;
 * organisations and every count stay as they were. An unknown contact is a NotFoundException; one already erased a
 * ConflictException.
 */
public interface ErasePersonalData {

    Result erase(String contact);

    /**
     * @param contact  the erased contact's number (the record stays, anonymised)
     * @param erasedAt when
     * @param changed  how many records were changed, per store
     */
    record Result(ContactId contact, Instant erasedAt, List<Changed> changed) {

        public Result {
            changed = List.copyOf(changed);
        }

        public int records() {
            return changed.stream().mapToInt(Changed::records).sum();
        }
    }

    /**
     * @param store   where (a table, e.g. {@code contact_person})
     * @param records how many records were anonymised there
     */
    record Changed(String store, int records) {
    }
}
