package se.coompanion.sesi.domain.needs;

import java.util.Arrays;
import se.coompanion.sesi.domain.shared.Codes;
import se.coompanion.sesi.domain.shared.DomainException;
import se.coompanion.sesi.domain.shared.Glossary;
import se.coompanion.sesi.domain.shared.Message;

/** How much a need matters to the municipality that raised it, from the highest. */
public enum Priority {
    HIGH("hög"), MEDIUM("medel"), LOW("låg");

    private final String swedish;

    Priority(String swedish) {
        this.swedish = swedish;
    }

    /** The priority for people ("hög" / "high"). */
    public Message title() {
        return Glossary.term("priority", this);
    }

    /** Reads HIGH, MEDIUM, LOW in any case, or the Swedish hög, medel, låg (also without accents). */
    public static Priority parse(String text) {
        String wanted = Codes.normalise(text);
        return Codes.find(Priority.class, text).or(() -> Arrays.stream(values())
                .filter(p -> Codes.normalise(p.swedish).equals(wanted)).findFirst())
                .orElseThrow(() -> new DomainException(Message.of(Priority.class, "priority.unknown",
                        text == null ? "" : text.strip())));
    }
}
