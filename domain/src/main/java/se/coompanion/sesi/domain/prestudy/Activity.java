package se.coompanion.sesi.domain.prestudy;

import java.util.Objects;
import se.coompanion.sesi.domain.shared.DomainException;
import se.coompanion.sesi.domain.shared.Message;

/**
 * One activity of the pre-study's plan and its target.
 *
 * @param key    which activity
 * @param target what it aims at
 */
public record Activity(ActivityKey key, Target target) {

    public Activity {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(target, "target");
        if (target.unit() != naturalUnit(key)) {
            throw new DomainException(Message.of(Activity.class, "activity.unit", key, target.unit(),
                    naturalUnit(key)));
        }
    }

    /** The unit an activity's progress is counted in. */
    public static TargetUnit naturalUnit(ActivityKey key) {
        return switch (key) {
            case ENVIRONMENTAL_SCAN -> TargetUnit.FINDINGS;
            case STAKEHOLDER_ANALYSIS -> TargetUnit.ACTORS;
            case NEEDS_ANALYSIS -> TargetUnit.MUNICIPALITIES;
            case COMPETENCE_MAPPING -> TargetUnit.ENTERPRISES;
            case POSTAL_SURVEY -> TargetUnit.ASSOCIATIONS;
            case ANALYSIS_SEMINAR -> TargetUnit.SEMINARS;
            case INFORMATION_MATERIAL -> TargetUnit.MATERIALS;
            case LEARNING_PROGRAMME -> TargetUnit.PILOT_RUNS;
        };
    }
}
