package se.coompanion.sesi.application.survey.port.out;

import java.util.List;
import java.util.Map;
import java.util.Set;
import se.coompanion.sesi.domain.survey.Disposition;
import se.coompanion.sesi.domain.survey.DispositionEvent;
import se.coompanion.sesi.domain.survey.ResponseId;
import se.coompanion.sesi.domain.survey.WaveType;

/**
 * The disposition events of the population's units. A unit's disposition is its last recorded event; a unit
 * without events is UNKNOWN_NO_RETURN.
 */
public interface DispositionEvents {

    void add(DispositionEvent event);

    /** Records the events in their order (an import's: one batch rather than a statement each). */
    default void addAll(List<DispositionEvent> events) {
        events.forEach(this::add);
    }

    /** A unit's events in the order recorded. */
    List<DispositionEvent> history(ResponseId id);

    /** The disposition of every unit that has an event. */
    Map<ResponseId, Disposition> current();

    /** The last event of every unit that has one (its disposition now, and how and when it was recorded). */
    Map<ResponseId, DispositionEvent> latest();

    /**
     * The population counted by municipality, legal form and disposition now (units without an event counted as
     * UNKNOWN_NO_RETURN): what the response rates are computed from.
     */
    List<OutcomeCount> outcomes();

    /**
     * How many units have one of the dispositions now and were never sent a wave of the kind (e.g. settled before the
     * questionnaire went out): a count, so that {@code status} does not read every unit's events and waves.
     */
    int countNeverSent(Set<Disposition> dispositions, WaveType neverSent);
}
