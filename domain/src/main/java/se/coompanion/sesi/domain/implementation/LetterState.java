package se.coompanion.sesi.domain.implementation;

import se.coompanion.sesi.domain.shared.Codes;
import se.coompanion.sesi.domain.shared.Message;

/** Where a partner's letter of intent (avsiktsförklaring) stands. */
public enum LetterState {
    REQUESTED, SIGNED, DECLINED;

    public Message title() {
        return Message.of(LetterState.class, "letter." + name());
    }

    public static LetterState parse(String text) {
        return Codes.parse(LetterState.class, text, LetterState.class, "letter.unknown");
    }
}
