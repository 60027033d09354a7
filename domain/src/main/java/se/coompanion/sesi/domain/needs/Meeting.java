package se.coompanion.sesi.domain.needs;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Objects;
import java.util.Optional;
import se.coompanion.sesi.domain.shared.DomainException;
import se.coompanion.sesi.domain.shared.GenderCounts;
import se.coompanion.sesi.domain.shared.Message;
import se.coompanion.sesi.domain.shared.TextField;

/**
 * A meeting or interview with a municipality: when, how, who took part (their roles, such as "näringslivschef",
 * and how many by gender, as ESF+ asks for every count of people).
 *
 * @param date         the day it was held
 * @param format       on site, digital or by phone
 * @param roles        the participants' roles or titles, in the order given; may be empty
 * @param participants the participants by gender; at least one person
 * @param note         a note for the team
 */
public record Meeting(LocalDate date, MeetingFormat format, ImmutableList<String> roles, GenderCounts participants,
        Optional<String> note) {

    public static final int MAX_ROLE = 200;
    public static final int MAX_ROLES = 30;
    public static final int MAX_NOTE = 2000;

    public Meeting {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(participants, "participants");
        roles = Objects.requireNonNull(roles, "roles").stream()
                .map(r -> TextField.required(Message.of(Meeting.class, "meeting.role"), r, MAX_ROLE))
                .collect(ImmutableList.toImmutableList());
        if (roles.size() > MAX_ROLES) {
            throw new DomainException(Message.of(Meeting.class, "meeting.tooManyRoles", roles.size(), MAX_ROLES));
        }
        if (participants.total() < 1) {
            throw new DomainException(Message.of(Meeting.class, "meeting.noParticipants"));
        }
        note = TextField.optional(Message.of(Meeting.class, "meeting.note"), note, MAX_NOTE);
    }

    public static Meeting of(LocalDate date, MeetingFormat format, Collection<String> roles, GenderCounts participants,
            Optional<String> note) {
        return new Meeting(date, format, ImmutableList.copyOf(roles), participants, note);
    }
}
