package se.coompanion.sesi.application.survey.port.in;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import se.coompanion.sesi.domain.survey.ContactWave;
import se.coompanion.sesi.domain.survey.FrameUnit;
import se.coompanion.sesi.domain.survey.WaveType;

/**
 * Records a contact wave of Dillman's sequence and gives its recipients for the mail merge: by default every unit
 * the wave may go to (not finalised, in the order of the sequence), or a chosen list of response ids.
 */
public interface SendContactWave {

    Result send(Command command);

    /**
     * @param type   which contact
     * @param date   the mailing date
     * @param chosen the units to send it to, instead of the default
     */
    record Command(@NotNull WaveType type, @NotNull LocalDate date, @NotNull Optional<@Valid Chosen> chosen) {
    }

    /**
     * A list of response ids as typed, e.g. from a file.
     *
     * @param source the file name
     * @param ids    the ids with their lines
     */
    record Chosen(@NotNull String source, @NotNull List<@NotNull Line> ids) {

        public Chosen {
            ids = ids == null ? null : List.copyOf(ids);
        }
    }

    /**
     * @param line the line number
     * @param text the id as typed
     */
    record Line(int line, @NotNull String text) {
    }

    /**
     * @param wave       the wave as recorded
     * @param recipients its recipients, in response-id order, with their addresses
     */
    record Result(ContactWave wave, List<FrameUnit> recipients) {

        public Result {
            recipients = List.copyOf(recipients);
        }
    }
}
