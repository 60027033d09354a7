package se.coompanion.sesi.application.testing;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import se.coompanion.sesi.application.privacy.port.out.DataSubject;
import se.coompanion.sesi.application.privacy.port.out.PersonalDataHolder;
import se.coompanion.sesi.application.privacy.port.in.PersonalRecord;
import se.coompanion.sesi.application.seminar.port.out.SeminarInvitations;
import se.coompanion.sesi.domain.actor.ContactId;
import se.coompanion.sesi.domain.seminar.Answer;
import se.coompanion.sesi.domain.seminar.CheckIn;
import se.coompanion.sesi.domain.seminar.Invitation;
import se.coompanion.sesi.domain.seminar.SeminarId;

/**
 * Invitations and check-ins in memory; as a personal data holder it gives out every invitation and check-in of a
 * contact person. Erasure changes nothing here: the rows hold no name, and their counts must stay.
 */
public final class InMemorySeminarInvitations implements SeminarInvitations, PersonalDataHolder, InMemory {

    private record Key(SeminarId seminar, ContactId contact) {
    }

    private final Map<Key, Invitation> invitations = new LinkedHashMap<>();
    private final Map<Key, CheckIn> checkIns = new LinkedHashMap<>();

    @Override
    public void add(SeminarId seminar, List<Invitation> added, Instant recordedAt) {
        for (Invitation invitation : added) {
            if (invitations.putIfAbsent(new Key(seminar, invitation.contact()), invitation) != null) {
                throw new IllegalStateException("invited twice: " + invitation.contact());
            }
        }
    }

    @Override
    public List<Invitation> of(SeminarId seminar) {
        return invitations.entrySet().stream().filter(e -> e.getKey().seminar().equals(seminar))
                .map(Map.Entry::getValue).toList();
    }

    @Override
    public void answer(SeminarId seminar, ContactId contact, Answer answer, Instant recordedAt) {
        Key key = new Key(seminar, contact);
        invitations.put(key, Objects.requireNonNull(invitations.get(key), "not invited").answered(answer));
    }

    @Override
    public void remind(SeminarId seminar, LocalDate on, List<ContactId> recipients, Instant recordedAt) {
        for (ContactId contact : recipients) {
            Key key = new Key(seminar, contact);
            invitations.put(key, Objects.requireNonNull(invitations.get(key), "not invited").reminded(on));
        }
    }

    @Override
    public List<CheckIn> checkIns(SeminarId seminar) {
        return checkIns.entrySet().stream().filter(e -> e.getKey().seminar().equals(seminar))
                .map(Map.Entry::getValue).toList();
    }

    @Override
    public void checkIn(SeminarId seminar, CheckIn checkIn, Instant at) {
        checkIns.put(new Key(seminar, checkIn.contact()), checkIn);
    }

    @Override
    public List<String> stores() {
        return List.of("seminar_invitation", "seminar_attendance");
    }

    @Override
    public List<PersonalRecord> export(DataSubject subject) {
        List<PersonalRecord> records = new ArrayList<>();
        invitations.forEach((key, i) -> {
            if (key.contact().equals(subject.contact())) {
                records.add(PersonalRecord.of("seminar_invitation", key.seminar() + "/" + key.contact(), Map.of(
                        "seminar", key.seminar(), "invited_on", i.invitedOn(),
                        "answer", i.answer().map(a -> a.reply().name()).orElse(""))));
            }
        });
        checkIns.forEach((key, c) -> {
            if (key.contact().equals(subject.contact())) {
                records.add(PersonalRecord.of("seminar_attendance", key.seminar() + "/" + key.contact(), Map.of(
                        "seminar", key.seminar(), "gender", c.gender())));
            }
        });
        return records;
    }

    @Override
    public List<Erased> erase(DataSubject subject, Instant erasedAt) {
        return List.of(new Erased("seminar_invitation", 0), new Erased("seminar_attendance", 0));
    }

    @Override
    public Object snapshot() {
        return new Object[] {new LinkedHashMap<>(invitations), new LinkedHashMap<>(checkIns)};
    }

    @Override
    @SuppressWarnings("unchecked")
    public void restore(Object snapshot) {
        Object[] saved = (Object[]) snapshot;
        invitations.clear();
        invitations.putAll((Map<Key, Invitation>) saved[0]);
        checkIns.clear();
        checkIns.putAll((Map<Key, CheckIn>) saved[1]);
    }
}
