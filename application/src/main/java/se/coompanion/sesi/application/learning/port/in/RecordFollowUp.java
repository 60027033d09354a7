package se.coompanion.sesi.application.learning.port.in;

import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import se.coompanion.sesi.domain.learning.ModuleEvaluation;

/**
 * Kirkpatrick level 3: plans a participant's follow-up (a day 3-6 months after the pilot run) or records it as done
 * (after the run, not after today), with whether the participant applies what was learnt. For one module, or for
 * every module the participant evaluated in the run.
 */
public interface RecordFollowUp {

    Result record(Command command);

    /**
     * @param pilot       the pilot run's number
     * @param participant the participant's code
     * @param module      the module's key; every module the participant evaluated when blank
     * @param planned     the day planned, or null
     * @param done        the day done, or null
     * @param applied     YES, PARTLY or NO (ja, delvis, nej), with done
     * @param note        what was found, with done
     */
    record Command(
            int pilot,
            @Size(max = 100) String participant,
            @Size(max = 100) String module,
            LocalDate planned,
            LocalDate done,
            @Size(max = 40) String applied,
            @Size(max = 10_000) String note) {
    }

    /**
     * @param evaluations   the evaluations with their follow-up now
     * @param outsideWindow true when the day done is outside the 3-6 month window (kept, and said)
     */
    record Result(List<ModuleEvaluation> evaluations, boolean outsideWindow) {

        public Result {
            evaluations = List.copyOf(evaluations);
        }
    }
}
