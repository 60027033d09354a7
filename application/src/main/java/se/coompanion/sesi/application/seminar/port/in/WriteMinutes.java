package se.coompanion.sesi.application.seminar.port.in;

import jakarta.validation.constraints.Size;
import se.coompanion.sesi.domain.seminar.MinutesVersion;
import se.coompanion.sesi.domain.seminar.Seminar;

/**
 * Writes a seminar's minutes: the latest draft is changed in place; after a final version (locked) a new draft
 * version is made. With {@code finalise} the version is made final at once (only on or after the seminar's day).
 */
public interface WriteMinutes {

    Result write(Command command);

    /**
     * @param seminar  the seminar's number; empty for the only seminar
     * @param text     the minutes (plain text or Markdown)
     * @param finalise true to make the version final
     */
    record Command(
            @Size(max = 40) String seminar,
            @Size(max = MinutesVersion.MAX_TEXT + 10_000) String text,
            boolean finalise) {
    }

    /**
     * @param seminar   the seminar
     * @param version   the version written (or, when the text was unchanged, the latest version)
     * @param unchanged true when the text was that of the latest version: nothing was written
     * @param created   true when a new version was made (none before, or the latest was final)
     */
    record Result(Seminar seminar, MinutesVersion version, boolean unchanged, boolean created) {
    }
}
