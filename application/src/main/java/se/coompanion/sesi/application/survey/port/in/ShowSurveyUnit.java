package se.coompanion.sesi.application.survey.port.in;

import jakarta.validation.constraints.NotBlank;
import java.util.List;
import se.coompanion.sesi.domain.survey.ContactWave;
import se.coompanion.sesi.domain.survey.Disposition;
import se.coompanion.sesi.domain.survey.DispositionEvent;
import se.coompanion.sesi.domain.survey.FrameUnit;

/** One unit of the population: its address, the waves it was sent and the history of its disposition. */
public interface ShowSurveyUnit {

    Result show(Query query);

    /** @param responseId the id as typed (its check digit is checked) */
    record Query(@NotBlank String responseId) {
    }

    /**
     * @param unit        the unit
     * @param disposition its disposition now
     * @param history     its disposition events, in the order recorded
     * @param waves       the waves it was sent, in order
     */
    record Result(FrameUnit unit, Disposition disposition, List<DispositionEvent> history, List<ContactWave> waves) {

        public Result {
            history = List.copyOf(history);
            waves = List.copyOf(waves);
        }
    }
}
