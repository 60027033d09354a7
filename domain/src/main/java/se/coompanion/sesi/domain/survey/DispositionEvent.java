package se.coompanion.sesi.domain.survey;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Something that came back or became known about a unit, dated. A unit's history is its events in the order they
 * were recorded; its disposition is the last one (UNKNOWN_NO_RETURN without any).
 *
 * @param responseId  the unit
 * @param disposition the outcome
 * @param occurredOn  when it came back or became known
 * @param recordedAt  when it was recorded
 * @param source      how it was recorded
 */
public record DispositionEvent(ResponseId responseId, Disposition disposition, LocalDate occurredOn,
        Instant recordedAt, Source source) {

    public DispositionEvent {
        Objects.requireNonNull(responseId, "responseId");
        Objects.requireNonNull(disposition, "disposition");
        Objects.requireNonNull(occurredOn, "occurredOn");
        Objects.requireNonNull(recordedAt, "recordedAt");
        Objects.requireNonNull(source, "source");
    }

    /** How an event was recorded. */
    public enum Source {
        /** Typed by a person ({@code sesi survey disposition}), e.g. an undeliverable envelope or a refusal. */
        MANUAL,
        /** Set by the data entry of a returned questionnaire (COMPLETE or PARTIAL). */
        DATA_ENTRY
    }
}
