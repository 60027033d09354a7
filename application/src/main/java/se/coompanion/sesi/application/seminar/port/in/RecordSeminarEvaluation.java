package se.coompanion.sesi.application.seminar.port.in;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import se.coompanion.sesi.domain.seminar.Seminar;
import se.coompanion.sesi.domain.seminar.SeminarEvaluation;

/**
 * Records the participants' evaluation of a seminar (on or after its day): ratings 1-5 and comments, added to those
 * recorded before.
 */
public interface RecordSeminarEvaluation {

    Result record(Command command);

    /**
     * @param seminar  the seminar's number; empty for the only seminar
     * @param ratings  ratings 1-5 separated by commas; none when blank
     * @param comments comments, one per entry
     */
    record Command(
            @Size(max = 40) String seminar,
            @Size(max = 10_000) String ratings,
            @NotNull List<@NotNull @Size(max = 10_000) String> comments) {

        public Command {
            comments = comments == null ? null : List.copyOf(comments);
        }
    }

    /**
     * @param seminar    the seminar
     * @param evaluation the evaluation now
     */
    record Result(Seminar seminar, SeminarEvaluation evaluation) {
    }
}
