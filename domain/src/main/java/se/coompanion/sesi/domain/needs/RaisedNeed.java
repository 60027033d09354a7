package se.coompanion.sesi.domain.needs;

import java.util.Objects;
import se.coompanion.sesi.domain.shared.Municipality;

/**
 * A need and the municipality that raised it: a row of a needs file.
 *
 * @param municipality the municipality
 * @param need         the need
 */
public record RaisedNeed(Municipality municipality, Need need) {

    public RaisedNeed {
        Objects.requireNonNull(municipality, "municipality");
        Objects.requireNonNull(need, "need");
    }

    /** What makes two rows the same need: the municipality, the theme and the description. */
    public String identity() {
        return municipality.code() + " / " + need.identity();
    }
}
