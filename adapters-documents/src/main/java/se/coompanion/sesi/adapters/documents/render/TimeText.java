package se.coompanion.sesi.adapters.documents.render;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Moments as people read them: in the local time zone of the machine, to the minute, "2026-12-07 05:04" (the same in
 * Swedish and English, as ISO 8601 writes a date). Programs get the instant itself ({@link Instant#toString()}, in UTC
 * with its seconds) in CSV.
 */
public final class TimeText {

    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT);

    private TimeText() {
    }

    /** The moment in the local time zone, to the minute: "2026-12-07 05:04". */
    public static String minutes(Instant instant) {
        return minutes(instant, ZoneId.systemDefault());
    }

    /** The moment in a given time zone, to the minute. */
    public static String minutes(Instant instant, ZoneId zone) {
        return MINUTES.format(instant.atZone(zone));
    }
}
