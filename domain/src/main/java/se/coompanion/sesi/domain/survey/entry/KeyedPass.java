package se.coompanion.sesi.domain.survey.entry;

import java.time.Instant;
import java.util.Objects;
import se.coompanion.sesi.domain.survey.ResponseId;

/**
 * One keying of a returned form: the answers as keyed in one pass, checked against the questionnaire version the
 * unit was sent.
 *
 * @param responseId    the unit
 * @param pass          first or second keying
 * @param version       the questionnaire version the answers were checked against
 * @param answers       the answers in canonical text
 * @param completeness  how complete this keying alone is
 * @param keyedAt       when it was stored
 * @param keyedBy       who keyed it
 * @param source        the file (or "entry add") it came from
 * @param line          its line in that file (0 for a form keyed one at a time)
 */
public record KeyedPass(ResponseId responseId, EntryPass pass, int version, FormAnswers answers,
        Completeness completeness, Instant keyedAt, String keyedBy, String source, int line) {

    /** Longest name of a person who keys or adjudicates. */
    public static final int MAX_PERSON = 100;

    public KeyedPass {
        Objects.requireNonNull(responseId, "responseId");
        Objects.requireNonNull(pass, "pass");
        Objects.requireNonNull(answers, "answers");
        Objects.requireNonNull(completeness, "completeness");
        Objects.requireNonNull(keyedAt, "keyedAt");
        Objects.requireNonNull(keyedBy, "keyedBy");
        Objects.requireNonNull(source, "source");
        if (version < 1 || line < 0) {
            throw new IllegalArgumentException("version " + version + ", line " + line);
        }
    }
}
