package se.coompanion.sesi.application.survey.port.in;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.Optional;
import se.coompanion.sesi.domain.survey.Disposition;
import se.coompanion.sesi.domain.survey.DispositionEvent;
import se.coompanion.sesi.domain.survey.ResponseId;

/**
 * Records what came back for a unit (an undeliverable envelope, a refusal, a unit found not eligible, a returned
 * questionnaire before it is keyed). The history is kept; the last event is the unit's disposition. A final
 * disposition is changed to another only with {@code replace}.
 */
public interface RecordDisposition {

    Result record(Command command);

    /**
     * @param responseId  the id as typed (its check digit is checked)
     * @param disposition the outcome
     * @param date        when it came back or became known; today when empty; never after today
     * @param replace     change a final disposition to another one
     */
    record Command(@NotBlank String responseId, @NotNull Disposition disposition, @NotNull Optional<LocalDate> date,
            boolean replace) {
    }

    /**
     * @param responseId the unit
     * @param previous   its disposition before
     * @param recorded   the event recorded; empty when the unit already had the disposition
     */
    record Result(ResponseId responseId, Disposition previous, Optional<DispositionEvent> recorded) {
    }
}
