package se.coompanion.sesi.domain.synthesis;

import java.time.Instant;
import java.util.Objects;

/**
 * A recommendation as stored, with its number (1, 2, 3 ... in the order recorded).
 *
 * @param number         the number people use for it
 * @param recommendation the recommendation
 * @param recordedAt     when it was recorded
 */
public record RecordedRecommendation(int number, Recommendation recommendation, Instant recordedAt) {

    public RecordedRecommendation {
        if (number < 1) {
            throw new IllegalArgumentException("recommendations are numbered from 1: " + number);
        }
        Objects.requireNonNull(recommendation, "recommendation");
        Objects.requireNonNull(recordedAt, "recordedAt");
    }
}
