package se.coompanion.sesi.application.synthesis.port.out;

import java.time.Instant;
import java.util.List;
import se.coompanion.sesi.domain.synthesis.Recommendation;
import se.coompanion.sesi.domain.synthesis.RecordedRecommendation;

/** The recommendations of the synthesis, numbered 1, 2, 3 ... in the order recorded. */
public interface Recommendations {

    /** Stores the recommendation with the next number (one more than the highest so far). */
    RecordedRecommendation add(Recommendation recommendation, Instant recordedAt);

    /** Every recommendation in number order. */
    List<RecordedRecommendation> all();
}
