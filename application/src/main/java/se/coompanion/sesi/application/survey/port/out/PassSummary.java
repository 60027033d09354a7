package se.coompanion.sesi.application.survey.port.out;

import java.time.Instant;
import java.util.Objects;
import se.coompanion.sesi.domain.survey.ResponseId;
import se.coompanion.sesi.domain.survey.entry.Completeness;
import se.coompanion.sesi.domain.survey.entry.EntryPass;

/**
 * A keyed pass without its answers: enough to know which forms are keyed in which pass, by whom and from where.
 *
 * @param responseId   the unit
 * @param pass         1 or 2
 * @param version      the questionnaire version it was keyed against
 * @param completeness how complete the pass alone is
 * @param keyedAt      when
 * @param keyedBy      who
 * @param source       the file (or "entry add")
 * @param line         the line in the file (0 for a form keyed one at a time)
 */
public record PassSummary(ResponseId responseId, EntryPass pass, int version, Completeness completeness,
        Instant keyedAt, String keyedBy, String source, int line) {

    public PassSummary {
        Objects.requireNonNull(responseId, "responseId");
        Objects.requireNonNull(pass, "pass");
        Objects.requireNonNull(completeness, "completeness");
        Objects.requireNonNull(keyedAt, "keyedAt");
        Objects.requireNonNull(keyedBy, "keyedBy");
        Objects.requireNonNull(source, "source");
    }
}
