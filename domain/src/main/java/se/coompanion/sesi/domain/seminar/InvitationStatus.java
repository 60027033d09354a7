package se.coompanion.sesi.domain.seminar;

import se.coompanion.sesi.domain.shared.Codes;
import se.coompanion.sesi.domain.shared.DomainException;
import se.coompanion.sesi.domain.shared.Message;

/**
 * Where an invitation to a seminar stands: INVITED until the person answers or the answer day has passed;
 * ACCEPTED or DECLINED when an answer is recorded (an answer after the answer day still counts); NO_ANSWER when the
 * answer day has passed without an answer. NO_ANSWER is computed from the answer day, never typed in.
 */
public enum InvitationStatus {
    INVITED, ACCEPTED, DECLINED, NO_ANSWER;

    /** The status for people ("tackat ja" / "accepted"). */
    public Message title() {
        return Message.of(InvitationStatus.class, "status." + name());
    }

    /** True for the two statuses an answer gives. */
    public boolean isAnswer() {
        return this == ACCEPTED || this == DECLINED;
    }

    public static InvitationStatus parse(String text) {
        return Codes.parse(InvitationStatus.class, text, InvitationStatus.class, "status.unknown");
    }

    /** Reads an answer: ACCEPTED or DECLINED (also yes/no, ja/nej). */
    public static InvitationStatus parseAnswer(String text) {
        String normalised = Codes.normalise(text);
        InvitationStatus answer = switch (normalised) {
            case "ja", "yes", "accept", "accepted", "tackat_ja" -> ACCEPTED;
            case "nej", "no", "decline", "declined", "tackat_nej" -> DECLINED;
            default -> parse(text);
        };
        if (!answer.isAnswer()) {
            throw new DomainException(Message.of(InvitationStatus.class,
                    "answer.notAnAnswer", answer));
        }
        return answer;
    }
}
