package se.coompanion.sesi.application.survey.port.in;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import se.coompanion.sesi.domain.survey.Disposition;
import se.coompanion.sesi.domain.survey.ResponseId;
import se.coompanion.sesi.domain.survey.entry.CheckedForm;
import se.coompanion.sesi.domain.survey.entry.Disagreement;
import se.coompanion.sesi.domain.survey.entry.EntryPass;
import se.coompanion.sesi.domain.survey.entry.FormState;

/**
 * Keys one returned form, for a person typing from paper: the same checks as a data-entry file, every problem
 * reported with its variable.
 */
public interface KeyReturn {

    Result key(Command command);

    /**
     * @param responseId the id as printed on the form (its check digit is checked)
     * @param answers    variable to value as keyed, in the order given; a variable left out is not answered
     * @param pass       1, or 2 for the second keying of double entry
     * @param version    the questionnaire version printed on the form, when the unit was sent more than one
     * @param replace    key the form again in this pass
     * @param received   when the form came back; today by default
     * @param keyedBy    who keyed it
     */
    record Command(@NotBlank String responseId, @NotNull Map<String, String> answers, @NotNull EntryPass pass,
            OptionalInt version, boolean replace, @NotNull Optional<LocalDate> received,
            @NotBlank @Size(max = 100) String keyedBy) {

        /** OptionalInt is unwrapped by the validator, so its presence is checked here. */
        public Command {
            Objects.requireNonNull(version, "version");
            answers = Collections.unmodifiableMap(new LinkedHashMap<>(answers));
        }
    }

    /**
     * @param responseId    the unit
     * @param version       the questionnaire version the form was checked against
     * @param form          the checked form (its completeness, shown questions, required ones left empty)
     * @param state         where the form stands now
     * @param recorded      the disposition recorded, if it changed
     * @param disagreements with the other pass, when both are keyed
     */
    record Result(ResponseId responseId, int version, CheckedForm form, FormState state,
            Optional<Disposition> recorded, List<Disagreement> disagreements) {

        public Result {
            disagreements = List.copyOf(disagreements);
        }
    }
}
