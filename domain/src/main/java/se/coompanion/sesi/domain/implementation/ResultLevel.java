package se.coompanion.sesi.domain.implementation;

import se.coompanion.sesi.domain.shared.Codes;
import se.coompanion.sesi.domain.shared.DomainException;
import se.coompanion.sesi.domain.shared.Message;

/**
 * The step of the project logic (theory of change) a result belongs to: what an activity delivers (its outputs),
 * what changes for the target groups during the project (short-term results) and what changes after it (long-term
 * results).
 */
public enum ResultLevel {
    OUTPUT("prestation"), SHORT_TERM("kortsiktig"), LONG_TERM("långsiktig");

    private final String swedish;

    ResultLevel(String swedish) {
        this.swedish = swedish;
    }

    public Message title() {
        return Message.of(ResultLevel.class, "level." + name());
    }

    /** Reads OUTPUT, SHORT_TERM, LONG_TERM in any case, or the Swedish prestation, kortsiktig, långsiktig. */
    public static ResultLevel parse(String text) {
        return Codes.find(ResultLevel.class, text, l -> l.swedish)
                .orElseThrow(() -> new DomainException(Message.of(ResultLevel.class, "level.unknown",
                        text == null ? "" : text.strip())));
    }
}
