package se.coompanion.sesi.application.privacy.port.out;

import java.time.Instant;
import java.util.List;
import se.coompanion.sesi.application.privacy.port.in.PersonalRecord;

/**
 * The privacy extension point: what one area holds about contact persons, and how it gives it out and erases it.
 * Every area that stores anything that names or mentions a contact person (a contact record, an invitation, an
 * attendance, a free text) provides one holder, listed in {@code SesiPorts.personalDataHolders()}. The right of
 * access ({@code privacy export}) asks every holder; the right to erasure ({@code privacy erase}) has every holder
 * anonymise in place, in one transaction, so that organisations and every count stay as they were.
 * <p>
 * A holder must cover each of its stores: records that refer to the contact (by its number) and free text that
 * mentions the person (any of {@link DataSubject#terms()}, in any letter case).
 */
public interface PersonalDataHolder {

    /** The stores this holder covers (table names, e.g. {@code contact_person}). */
    List<String> stores();

    /** Every record of these stores that refers to the person or mentions them. */
    List<PersonalRecord> export(DataSubject subject);

    /**
     * Anonymises the person in these stores, in place: a record about the person keeps its place and its links
     * but loses what describes the person; a mention in free text becomes {@code [erased]}.
     *
     * @return how many records were changed, per store
     */
    List<Erased> erase(DataSubject subject, Instant erasedAt);

    /**
     * @param store   where
     * @param records how many records were changed there
     */
    record Erased(String store, int records) {
    }
}
