package se.coompanion.sesi.application.seminar.port.in;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import se.coompanion.sesi.domain.seminar.Seminar;

/** Plans an analysis seminar: title, day, place or digital link, answer day, accessibility measures. */
public interface CreateSeminar {

    Seminar create(Command command);

    /**
     * @param title         required
     * @param date          the day of the seminar, required
     * @param answerBy      the last day to answer; the day before the seminar when null
     * @param place         the venue; a place, a link or both are required
     * @param link          the address of the digital meeting
     * @param accessibility the accessibility measures, one per entry
     */
    record Command(
            @Size(max = 10_000) String title,
            @NotNull LocalDate date,
            LocalDate answerBy,
            @Size(max = 10_000) String place,
            @Size(max = 10_000) String link,
            @NotNull List<@NotNull @Size(max = 10_000) String> accessibility) {

        public Command {
            accessibility = accessibility == null ? null : List.copyOf(accessibility);
        }
    }
}
