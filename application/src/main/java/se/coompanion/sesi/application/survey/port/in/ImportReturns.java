package se.coompanion.sesi.application.survey.port.in;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import se.coompanion.sesi.application.shared.ImportOptions;
import se.coompanion.sesi.application.shared.ImportReport;
import se.coompanion.sesi.application.shared.TabularSource;
import se.coompanion.sesi.domain.survey.Disposition;
import se.coompanion.sesi.domain.survey.ResponseId;
import se.coompanion.sesi.domain.survey.entry.Completeness;
import se.coompanion.sesi.domain.survey.entry.EntryPass;
import se.coompanion.sesi.domain.survey.entry.FormState;

/**
 * Keys returned forms from a data-entry file (cli.md: {@code response_id} then one column per variable; a MULTI
 * answer as its ticked codes joined with {@code |}; empty is not answered). Each row is checked against the
 * questionnaire version its unit was sent; every problem is reported with its line and variable, and nothing is
 * stored when any row is wrong (unless skip-invalid). A keyed form records COMPLETE, PARTIAL or (a break-off)
 * REFUSAL as its unit's disposition.
 */
public interface ImportReturns {

    Result importReturns(Command command);

    /**
     * @param file     the rows
     * @param options  all-or-nothing, or skip-invalid with a reject sink
     * @param pass     the pass keyed (1, or 2 for the second keying of double entry)
     * @param version  the questionnaire version printed on the forms, when a unit was sent more than one; by
     *                 default the version of the last questionnaire mailed to each unit
     * @param replace  key again forms already keyed in this pass (their earlier keying is replaced)
     * @param received when the forms came back (the date of the disposition events); today by default
     * @param keyedBy  who keyed them
     */
    record Command(@NotNull TabularSource file, @NotNull ImportOptions options, @NotNull EntryPass pass,
            OptionalInt version, boolean replace, @NotNull Optional<LocalDate> received,
            @NotBlank @Size(max = 100) String keyedBy) {

        /** OptionalInt is unwrapped by the validator, so its presence is checked here. */
        public Command {
            Objects.requireNonNull(version, "version");
        }
    }

    /**
     * A form worth a second look: keyed partial or as a break-off.
     *
     * @param responseId      the unit
     * @param line            its line in the file
     * @param completeness    partial or break-off
     * @param missingRequired the required questions shown and left empty
     */
    record Notice(ResponseId responseId, int line, Completeness completeness, List<String> missingRequired) {

        public Notice {
            Objects.requireNonNull(responseId, "responseId");
            Objects.requireNonNull(completeness, "completeness");
            missingRequired = List.copyOf(missingRequired);
        }
    }

    /**
     * @param report       what the import did (rows read, stored, rejected; already imported)
     * @param completeness the forms keyed, by how complete they are as keyed
     * @param states       the keyed forms by where they stand now
     * @param dispositions the disposition events recorded, by disposition
     * @param notices      partial forms and break-offs (the first {@value #NOTICES_LISTED})
     */
    record Result(ImportReport report, Map<Completeness, Integer> completeness, Map<FormState, Integer> states,
            Map<Disposition, Integer> dispositions, List<Notice> notices) {

        /** How many notices a result lists. */
        public static final int NOTICES_LISTED = 1000;

        public Result {
            completeness = Map.copyOf(completeness);
            states = Map.copyOf(states);
            dispositions = Map.copyOf(dispositions);
            notices = List.copyOf(notices);
        }
    }
}
