package se.coompanion.sesi.domain.survey.entry;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * The data-entry settings of the survey.
 *
 * @param doubleEntry true when every form is to be keyed twice (pass 1 and pass 2) before it is analysed; false
 *                    when one pass is enough (a form keyed twice anyway, as a check, must still agree or be resolved)
 * @param changedBy   who last changed the settings
 * @param changedAt   when
 */
public record EntrySettings(boolean doubleEntry, Optional<String> changedBy, Optional<Instant> changedAt) {

    /** The settings before anyone changed them: double entry off. */
    public static final EntrySettings DEFAULT = new EntrySettings(false, Optional.empty(), Optional.empty());

    public EntrySettings {
        Objects.requireNonNull(changedBy, "changedBy");
        Objects.requireNonNull(changedAt, "changedAt");
    }
}
