package se.coompanion.sesi.domain.needs;

import se.coompanion.sesi.domain.shared.Codes;
import se.coompanion.sesi.domain.shared.Message;

/** How a meeting or interview with a municipality was held. */
public enum MeetingFormat {
    ON_SITE, DIGITAL, PHONE;

    /** The format for people ("på plats" / "on site"). */
    public Message title() {
        return Message.of(MeetingFormat.class, "format." + name());
    }

    /** Reads ON_SITE, DIGITAL or PHONE in any case, with hyphens or spaces ("on-site"). */
    public static MeetingFormat parse(String text) {
        return Codes.parse(MeetingFormat.class, text, MeetingFormat.class, "format.unknown");
    }
}
