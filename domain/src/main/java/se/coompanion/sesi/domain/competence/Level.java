package se.coompanion.sesi.domain.competence;

import se.coompanion.sesi.domain.shared.DomainException;
import se.coompanion.sesi.domain.shared.Message;

/**
 * A competence level on the scale 1 (low) to 5 (high): an enterprise's current level, or the level it requires
 * (which is also the competence's importance to it).
 *
 * @param value 1 to 5
 */
public record Level(int value) {

    public static final int MIN = 1;
    public static final int MAX = 5;

    public Level {
        if (value < MIN || value > MAX) {
            throw new DomainException(Message.of(Level.class, "level.range", value, MIN, MAX));
        }
    }

    public static Level of(int value) {
        return new Level(value);
    }

    /** Reads a whole number from 1 to 5. */
    public static Level parse(String text) {
        String t = text == null ? "" : text.strip();
        if (!t.matches("[0-9]{1,9}")) {
            throw new DomainException(Message.of(Level.class, "level.shape", t, MIN, MAX));
        }
        return new Level(Integer.parseInt(t));
    }
}
