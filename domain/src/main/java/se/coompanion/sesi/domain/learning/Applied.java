package se.coompanion.sesi.domain.learning;

import se.coompanion.sesi.domain.shared.Codes;
import se.coompanion.sesi.domain.shared.Message;

/** Kirkpatrick level 3: at the follow-up, does the participant apply what the module taught in their work? */
public enum Applied {
    YES, PARTLY, NO;

    public Message title() {
        return Message.of(Applied.class, "applied." + name());
    }

    public static Applied parse(String text) {
        String normalised = Codes.normalise(text);
        return switch (normalised) {
            case "ja" -> YES;
            case "delvis" -> PARTLY;
            case "nej" -> NO;
            default -> Codes.parse(Applied.class, text, Applied.class, "applied.unknown");
        };
    }
}
