package se.coompanion.sesi.application.survey.port.in;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.Map;
import se.coompanion.sesi.domain.survey.entry.EntrySettings;
import se.coompanion.sesi.domain.survey.entry.FormState;

/**
 * Switches double data entry on or off for the survey. On: a form enters the analysis only when both passes are
 * keyed and agree or every disagreement is resolved. Off: one pass is enough (a form keyed twice anyway, as a
 * check, must still agree or be resolved). Every keyed form's state follows at once.
 */
public interface ChangeEntrySettings {

    Result change(Command command);

    /**
     * @param doubleEntry on or off
     * @param changedBy   who changes it
     */
    record Command(boolean doubleEntry, @NotBlank @Size(max = 100) String changedBy) {
    }

    /**
     * @param settings the settings now
     * @param changed  false when they already were so
     * @param states   the keyed forms by where they stand now
     */
    record Result(EntrySettings settings, boolean changed, Map<FormState, Long> states) {

        public Result {
            states = Map.copyOf(states);
        }
    }
}
