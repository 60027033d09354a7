package se.coompanion.sesi.domain.survey;

import java.util.Objects;
import se.coompanion.sesi.domain.survey.FrameUnit;

/**
 * A unit of the sampling frame with where it came from.
 *
 * @param unit   the unit
 * @param source the file it was imported from
 * @param line   its line in that file
 */
public record FrameEntry(FrameUnit unit, String source, int line) {

    public FrameEntry {
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(source, "source");
    }
}
