package se.coompanion.sesi.application.seminar.port.in;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import se.coompanion.sesi.domain.seminar.AgendaItem;
import se.coompanion.sesi.domain.seminar.Seminar;

/**
 * Records the outcome of an agenda item (on or after the seminar's day): the participants' ratings of its relevance
 * for the region (1-5) and conclusions. Ratings and conclusions are added to those recorded before (forms are
 * entered in batches); {@code replace} replaces the whole outcome.
 */
public interface RecordOutcome {

    Result record(Command command);

    /**
     * @param seminar     the seminar's number; empty for the only seminar
     * @param item        the agenda item's number
     * @param ratings     ratings 1-5 separated by commas (5,4,4,3); none when blank
     * @param conclusions conclusions, one per entry
     * @param replace     true to replace the outcome recorded before
     */
    record Command(
            @Size(max = 40) String seminar,
            int item,
            @Size(max = 10_000) String ratings,
            @NotNull List<@NotNull @Size(max = 10_000) String> conclusions,
            boolean replace) {

        public Command {
            conclusions = conclusions == null ? null : List.copyOf(conclusions);
        }
    }

    /**
     * @param seminar the seminar
     * @param item    the item with its outcome now
     */
    record Result(Seminar seminar, AgendaItem item) {
    }
}
