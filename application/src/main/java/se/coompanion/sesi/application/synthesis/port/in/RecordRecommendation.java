package se.coompanion.sesi.application.synthesis.port.in;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import se.coompanion.sesi.domain.synthesis.RecordedRecommendation;

/**
 * Records a recommendation for the implementation project with the evidence it rests on. Every reference must
 * resolve to a record of the pre-study: a malformed reference is invalid input, one that names nothing is a
 * {@code NotFoundException} naming every such reference. A recommendation without evidence is invalid.
 */
public interface RecordRecommendation {

    Result record(Command command);

    /**
     * @param statement what the implementation project should do
     * @param priority  HIGH, MEDIUM or LOW (also hög, medel, låg)
     * @param rationale why, optional
     * @param evidence  the references, {@code need:2281/WORK_INTEGRATION}, {@code borich:public_procurement}, ...
     */
    record Command(
            @Size(max = 10_000) String statement,
            @Size(max = 40) String priority,
            @Size(max = 10_000) String rationale,
            @NotNull @Size(max = 100) List<@NotNull @Size(max = 1000) String> evidence) {

        public Command {
            evidence = evidence == null ? null : List.copyOf(evidence);
        }
    }

    /**
     * @param recommendation the recommendation as stored, with its number
     * @param evidence       what each reference resolved to, in the order given
     */
    record Result(RecordedRecommendation recommendation, List<Evidence> evidence) {

        public Result {
            evidence = List.copyOf(evidence);
        }
    }
}
