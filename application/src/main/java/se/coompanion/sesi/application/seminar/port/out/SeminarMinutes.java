package se.coompanion.sesi.application.seminar.port.out;

import se.coompanion.sesi.domain.seminar.Minutes;
import se.coompanion.sesi.domain.seminar.MinutesVersion;
import se.coompanion.sesi.domain.seminar.SeminarId;

/** Every version of the minutes of seminars; a final version is never changed. */
public interface SeminarMinutes {

    /** The seminar's minutes, every version. */
    Minutes of(SeminarId seminar);

    /** Stores a new version, or the changed draft of the same number. */
    void store(SeminarId seminar, MinutesVersion version);
}
