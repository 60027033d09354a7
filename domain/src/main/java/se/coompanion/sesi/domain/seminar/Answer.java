package se.coompanion.sesi.domain.seminar;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import se.coompanion.sesi.domain.shared.DomainException;
import se.coompanion.sesi.domain.shared.Message;

/**
 * An answer to an invitation, as the organiser recorded it.
 *
 * @param reply ACCEPTED or DECLINED
 * @param on    the day the answer came
 * @param via   how it came (phone, letter, email ...), if noted
 */
public record Answer(InvitationStatus reply, LocalDate on, Optional<AnswerChannel> via) {

    public Answer {
        Objects.requireNonNull(reply, "reply");
        Objects.requireNonNull(on, "on");
        Objects.requireNonNull(via, "via");
        if (!reply.isAnswer()) {
            throw new DomainException(Message.of(Answer.class, "answer.notAnAnswer", reply));
        }
    }
}
