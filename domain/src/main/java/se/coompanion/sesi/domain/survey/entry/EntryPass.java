package se.coompanion.sesi.domain.survey.entry;

import se.coompanion.sesi.domain.shared.DomainException;
import se.coompanion.sesi.domain.shared.Message;

/**
 * The keying passes of double data entry: each returned form may be keyed twice, by two people working
 * independently, so that keying errors show up as disagreements between the passes.
 */
public enum EntryPass {
    FIRST(1), SECOND(2);

    private final int number;

    EntryPass(int number) {
        this.number = number;
    }

    /** 1 or 2. */
    public int number() {
        return number;
    }

    /** The pass a form is compared with. */
    public EntryPass other() {
        return this == FIRST ? SECOND : FIRST;
    }

    public static EntryPass of(int number) {
        return switch (number) {
            case 1 -> FIRST;
            case 2 -> SECOND;
            default -> throw new DomainException(Message.of(EntryPass.class, "pass.unknown", String.valueOf(number)));
        };
    }

    /** Reads "1" or "2". */
    public static EntryPass parse(String text) {
        String value = text == null ? "" : text.strip();
        return switch (value) {
            case "1" -> FIRST;
            case "2" -> SECOND;
            default -> throw new DomainException(Message.of(EntryPass.class, "pass.unknown", value));
        };
    }
}
