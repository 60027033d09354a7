package se.coompanion.sesi.domain.learning;

import se.coompanion.sesi.domain.shared.Codes;
import se.coompanion.sesi.domain.shared.Message;

/** How a module of the learning programme is given. */
public enum DeliveryFormat {
    CLASSROOM, DIGITAL, BLENDED, STUDY_VISIT;

    public Message title() {
        return Message.of(DeliveryFormat.class, "format." + name());
    }

    public static DeliveryFormat parse(String text) {
        return Codes.parse(DeliveryFormat.class, text, DeliveryFormat.class, "format.unknown");
    }
}
