package se.coompanion.sesi.application.prestudy;

import se.coompanion.sesi.domain.prestudy.ActivityKey;
import se.coompanion.sesi.domain.prestudy.Measurement;
import se.coompanion.sesi.domain.prestudy.PreStudy;

/**
 * How one activity's evidence is counted. Each area that holds an activity's evidence provides one; the
 * progress of every activity is computed from these and never typed in.
 */
public interface ActivityMeasure {

    ActivityKey activity();

    /** What the evidence shows now; called inside a transaction. */
    Measurement measure(PreStudy preStudy);
}
