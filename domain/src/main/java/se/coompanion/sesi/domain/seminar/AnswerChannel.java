package se.coompanion.sesi.domain.seminar;

import se.coompanion.sesi.domain.shared.Codes;
import se.coompanion.sesi.domain.shared.Message;

/** How an answer to an invitation reached the organiser, who records it (the software sends and receives nothing). */
public enum AnswerChannel {
    EMAIL, PHONE, LETTER, IN_PERSON, FORM, OTHER;

    public Message title() {
        return Message.of(AnswerChannel.class, "via." + name());
    }

    public static AnswerChannel parse(String text) {
        return Codes.parse(AnswerChannel.class, text, AnswerChannel.class, "via.unknown");
    }
}
