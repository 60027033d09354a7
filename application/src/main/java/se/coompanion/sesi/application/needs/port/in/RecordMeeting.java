package se.coompanion.sesi.application.needs.port.in;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import se.coompanion.sesi.domain.needs.MeetingFormat;
import se.coompanion.sesi.domain.shared.Municipality;

/**
 * Records a meeting or interview with a municipality: date, format, the participants' roles and their number by
 * gender. The municipality's assessment is planned first if it has none.
 */
public interface RecordMeeting {

    Recorded record(Command command);

    /**
     * @param municipality the municipality
     * @param date         the day of the meeting
     * @param format       on site, digital or phone
     * @param roles        the participants' roles or titles
     * @param women        women taking part
     * @param men          men taking part
     * @param nonBinary    non-binary people taking part
     * @param notStated    people taking part whose gender is not stated
     * @param note         a note, or null
     */
    record Command(@NotNull Municipality municipality, @NotNull LocalDate date, @NotNull MeetingFormat format,
            @NotNull @Size(max = 30) List<@NotNull String> roles, @Min(0) @Max(10_000) int women,
            @Min(0) @Max(10_000) int men, @Min(0) @Max(10_000) int nonBinary, @Min(0) @Max(10_000) int notStated,
            @Size(max = 2000) String note) {

        public Command {
            roles = roles == null ? null : List.copyOf(roles);
        }
    }
}
