package se.coompanion.sesi.application.survey.port.in;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import se.coompanion.sesi.domain.survey.entry.EntrySettings;
import se.coompanion.sesi.domain.survey.entry.ReturnedForm;
import se.coompanion.sesi.domain.survey.entry.FormState;

/** The data-entry settings and every keyed form: which passes it has and where it stands. */
public interface ShowEntryStatus {

    Result status();

    /**
     * @param form   the form (without its analysis rows)
     * @param first  keyed in pass 1
     * @param second keyed in pass 2
     */
    record Form(ReturnedForm form, boolean first, boolean second) {

        public Form {
            Objects.requireNonNull(form, "form");
        }
    }

    /**
     * @param settings the settings
     * @param forms    every keyed form, in response-id order
     * @param states   the forms by state
     */
    record Result(EntrySettings settings, List<Form> forms, Map<FormState, Long> states) {

        public Result {
            forms = List.copyOf(forms);
            states = Map.copyOf(states);
        }
    }
}
