package se.coompanion.sesi.domain.implementation;

import se.coompanion.sesi.domain.shared.Codes;
import se.coompanion.sesi.domain.shared.Message;

/** The horizontal principles every ESF+ project works with (domain.md, "Horizontal principles"). */
public enum HorizontalPrinciple {
    /** Jämställdhet. */
    GENDER_EQUALITY,
    /** Likabehandling och icke-diskriminering. */
    NON_DISCRIMINATION,
    /** Tillgänglighet. */
    ACCESSIBILITY;

    public Message title() {
        return Message.of(HorizontalPrinciple.class, "principle." + name());
    }

    public static HorizontalPrinciple parse(String text) {
        return Codes.parse(HorizontalPrinciple.class, text, HorizontalPrinciple.class, "principle.unknown");
    }
}
