package se.coompanion.sesi.application.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.coompanion.sesi.application.survey.EntryFixture.complete;
import static se.coompanion.sesi.application.survey.EntryFixture.id;
import static se.coompanion.sesi.application.testing.SurveyFiles.form;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import se.coompanion.sesi.application.shared.ConflictException;
import se.coompanion.sesi.application.shared.ImportOptions;
import se.coompanion.sesi.application.shared.InvalidInputException;
import se.coompanion.sesi.application.shared.Problem;
import se.coompanion.sesi.application.shared.TabularSource;
import se.coompanion.sesi.application.survey.port.in.ImportReturns;
import se.coompanion.sesi.application.survey.port.in.KeyReturn;
import se.coompanion.sesi.application.survey.port.in.RecordDisposition;
import se.coompanion.sesi.domain.survey.entry.ReturnedForm;
import se.coompanion.sesi.application.testing.SurveyFiles;
import se.coompanion.sesi.domain.survey.Disposition;
import se.coompanion.sesi.domain.survey.DispositionEvent;
import se.coompanion.sesi.domain.survey.ResponseId;
import se.coompanion.sesi.domain.survey.entry.Completeness;
import se.coompanion.sesi.domain.survey.entry.EntryPass;
import se.coompanion.sesi.domain.survey.entry.FormState;

class DataEntryServiceTest {

    private final EntryFixture survey = new EntryFixture();

    private List<String> problems(ThrowingRunnable work) {
        try {
            work.run();
        } catch (InvalidInputException e) {
            return e.problems().stream().map(Problem::toString).toList();
        }
        throw new AssertionError("no problem reported");
    }

    private interface ThrowingRunnable {
        void run();
    }

    private Disposition disposition(int unit) {
        return survey.ports.dispositionEvents().current().getOrDefault(ResponseId.of(unit),
                Disposition.UNKNOWN_NO_RETURN);
    }

    private Optional<FormState> state(int unit) {
        return survey.ports.returnedForms().find(ResponseId.of(unit)).map(ReturnedForm::state);
    }

    @Test
    void keyed_forms_are_stored_with_their_completeness_and_set_their_units_disposition() {
        ImportReturns.Result result = survey.importFile("inmatning.csv", EntryPass.FIRST, List.of(
                complete(1),
                // naring 2 hides anstallda; omrade (required) empty; shown naring, omrade, behov, omsattning,
                // stodstruktur = 5, answered 4: 2 x 4 >= 5, partial.
                form(id(2), "2", "", "", "", "3", "1.5", "2"),
                // only naring: shown 6 (annat hidden), answered 1: 2 < 6, a break-off.
                form(id(4), "1", "", "", "", "", "", "")));

        assertThat(result.report().rowsStored()).isEqualTo(3);
        assertThat(result.completeness()).containsEntry(Completeness.COMPLETE, 1).containsEntry(Completeness.PARTIAL, 1)
                .containsEntry(Completeness.BREAK_OFF, 1);
        assertThat(result.states()).containsEntry(FormState.USABLE, 2).containsEntry(FormState.BREAK_OFF, 1);
        assertThat(result.dispositions()).containsEntry(Disposition.COMPLETE, 1).containsEntry(Disposition.PARTIAL, 1)
                .containsEntry(Disposition.REFUSAL, 1);
        assertThat(result.notices()).containsExactly(
                new ImportReturns.Notice(ResponseId.of(2), 3, Completeness.PARTIAL, List.of("omrade")),
                new ImportReturns.Notice(ResponseId.of(4), 4, Completeness.BREAK_OFF,
                        List.of("anstallda", "omrade", "behov")));
        assertThat(disposition(1)).isEqualTo(Disposition.COMPLETE);
        assertThat(disposition(2)).isEqualTo(Disposition.PARTIAL);
        assertThat(disposition(4)).as("an AAPOR break-off is a refusal").isEqualTo(Disposition.REFUSAL);
        assertThat(survey.ports.dispositionEvents().history(ResponseId.of(1))).singleElement()
                .satisfies(e -> {
                    assertThat(e.source()).isEqualTo(DispositionEvent.Source.DATA_ENTRY);
                    assertThat(e.occurredOn()).isEqualTo(LocalDate.of(2024, 3, 15));
                });
        assertThat(state(1)).contains(FormState.USABLE);
        assertThat(state(4)).contains(FormState.BREAK_OFF);
        assertThat(survey.ports.returnedForms().find(ResponseId.of(4)).orElseThrow().rows()).isEmpty();
    }

    @Test
    void every_problem_of_the_file_is_reported_with_line_and_variable_and_nothing_is_stored() {
        ResponseId missing = ResponseId.of(99);
        List<String> problems = problems(() -> survey.importFile("inmatning.csv", EntryPass.FIRST, List.of(
                complete(1),
                form("S-0001-4", "1", "12", "1", "", "4", "", ""),
                form(missing.toString(), "1", "12", "1", "", "4", "", ""),
                form(id(2), "2", "5", "1", "", "4", "", ""),
                form(id(3), "1", "12", "1|4", "", "7", "2,5 mkr", ""),
                complete(1))));

        assertThat(problems).containsExactly(
                "inmatning.csv:3: response_id: Response id S-0001-4: the check digit does not match: a digit is "
                        + "mistyped or two digits are swapped; check the id on the form",
                "inmatning.csv:4: response_id: No unit of the survey population has the response id " + missing,
                "inmatning.csv:5: anstallda: answered, but the form skips this question here: its condition "
                        + "[naring] = '1' does not hold ([naring] = '2'); leave it empty if the respondent answered a "
                        + "question the form told them to skip, or check the answer it depends on (5)",
                "inmatning.csv:6: omrade: '4' is not an answer code of the question: its codes are 1 "
                        + "Arbetsintegrering, 2 Omsorg, 7 Annat (1|4)",
                "inmatning.csv:6: behov: '7' is not an answer code of the question: its codes are 1 Inte alls, "
                        + "2 Lite, 3 Delvis, 4 Till stor del, 5 Helt, 9 Vet ej",
                "inmatning.csv:6: omsattning: '2,5 mkr' is not a number: write for example 2,5 or 2.5",
                "inmatning.csv:7: " + id(1) + " appears again: the first row with it is line 2");
        assertThat(survey.ports.keyedForms().summaries()).isEmpty();
        assertThat(survey.ports.returnedForms().list()).isEmpty();
        assertThat(disposition(1)).isEqualTo(Disposition.UNKNOWN_NO_RETURN);
    }

    @Test
    void skip_invalid_stores_the_good_rows_and_rejects_the_others_with_their_reasons() {
        List<Integer> rejected = new ArrayList<>();
        ImportReturns.Result result = survey.importFile("inmatning.csv", EntryPass.FIRST,
                ImportOptions.skipInvalid((header, row, reasons) -> rejected.add(row.line())),
                List.of(complete(1), form(id(2), "3", "", "1", "", "4", "", ""), complete(3)));

        assertThat(result.report().rowsStored()).isEqualTo(2);
        assertThat(result.report().rowsRejected()).isEqualTo(1);
        assertThat(rejected).containsExactly(3);
        assertThat(state(1)).contains(FormState.USABLE);
        assertThat(state(2)).isEmpty();
    }

    @Test
    void the_same_file_again_stores_nothing_and_as_the_other_pass_is_refused() {
        List<List<String>> rows = List.of(complete(1));
        survey.importFile("inmatning.csv", EntryPass.FIRST, rows);

        assertThat(survey.importFile("inmatning.csv", EntryPass.FIRST, rows).report().alreadyImported()).isTrue();
        assertThatThrownBy(() -> survey.importFile("inmatning.csv", EntryPass.SECOND, rows))
                .isInstanceOf(ConflictException.class)
                .hasMessageStartingWith("inmatning.csv was imported as pass 1 on");
    }

    @Test
    void a_form_keyed_again_in_the_same_pass_is_refused_unless_replaced() {
        survey.importFile("a.csv", EntryPass.FIRST, List.of(complete(1)));

        assertThat(problems(() -> survey.importFile("b.csv", EntryPass.FIRST, List.of(form(id(1), "2", "", "1", "",
                "4", "", ""))))).singleElement().asString()
                .startsWith("b.csv:2: response_id: " + id(1) + " is already keyed in pass 1 (a.csv, line 2, by anna");

        ImportReturns.Result replaced = survey.sesi.survey().importReturns().importReturns(new ImportReturns.Command(
                SurveyFiles.entry("b.csv", List.of(form(id(1), "2", "", "1", "", "4", "", ""))),
                ImportOptions.ALL_OR_NOTHING, EntryPass.FIRST, OptionalInt.empty(), true, Optional.empty(), "bo"));
        assertThat(replaced.report().rowsStored()).isEqualTo(1);
        assertThat(survey.ports.keyedForms().passes(List.of(ResponseId.of(1)))).singleElement()
                .satisfies(p -> assertThat(p.answers().value("naring")).isEqualTo("2"));
    }

    @Test
    void a_final_disposition_recorded_by_hand_is_changed_by_a_keyed_form_only_on_purpose() {
        survey.sesi.survey().recordDisposition().record(new RecordDisposition.Command(id(3), Disposition.REFUSAL,
                Optional.of(LocalDate.of(2024, 3, 12)), false));

        assertThat(problems(() -> survey.importFile("a.csv", EntryPass.FIRST, List.of(complete(3)))))
                .containsExactly("a.csv:2: response_id: " + id(3) + " is REFUSAL since 2024-03-12, recorded by hand: a "
                        + "returned form changes a final disposition only on purpose; record it first with: sesi "
                        + "survey disposition " + id(3) + " COMPLETE --replace");

        survey.sesi.survey().recordDisposition().record(new RecordDisposition.Command(id(3), Disposition.COMPLETE,
                Optional.empty(), true));
        survey.importFile("a.csv", EntryPass.FIRST, List.of(complete(3)));
        assertThat(state(3)).contains(FormState.USABLE);
    }

    @Test
    void a_receipt_recorded_by_hand_is_confirmed_or_corrected_by_the_keyed_form() {
        survey.sesi.survey().recordDisposition().record(new RecordDisposition.Command(id(1), Disposition.COMPLETE,
                Optional.of(LocalDate.of(2024, 3, 13)), false));
        survey.sesi.survey().recordDisposition().record(new RecordDisposition.Command(id(2), Disposition.COMPLETE,
                Optional.of(LocalDate.of(2024, 3, 13)), false));

        ImportReturns.Result result = survey.importFile("a.csv", EntryPass.FIRST, List.of(complete(1),
                form(id(2), "2", "", "", "", "3", "1.5", "2")));

        assertThat(result.dispositions()).containsExactly(Map.entry(Disposition.PARTIAL, 1));
        assertThat(survey.ports.dispositionEvents().history(ResponseId.of(1))).hasSize(1);
        assertThat(disposition(2)).isEqualTo(Disposition.PARTIAL);
    }

    @Test
    void a_unit_made_not_eligible_by_hand_after_keying_leaves_the_analysis_and_comes_back_with_its_return() {
        survey.importFile("a.csv", EntryPass.FIRST, List.of(complete(1)));

        survey.sesi.survey().recordDisposition().record(new RecordDisposition.Command(id(1), Disposition.NOT_ELIGIBLE,
                Optional.empty(), true));
        assertThat(state(1)).contains(FormState.NOT_A_RETURN);
        assertThat(disposition(1)).as("not undone by data entry").isEqualTo(Disposition.NOT_ELIGIBLE);

        survey.sesi.survey().recordDisposition().record(new RecordDisposition.Command(id(1), Disposition.COMPLETE,
                Optional.empty(), true));
        assertThat(state(1)).contains(FormState.USABLE);
    }

    @Test
    void the_forms_must_come_back_after_the_questionnaire_went_out_and_not_after_today() {
        assertThat(problems(() -> survey.sesi.survey().importReturns().importReturns(new ImportReturns.Command(
                SurveyFiles.entry("a.csv", List.of(complete(1))), ImportOptions.ALL_OR_NOTHING, EntryPass.FIRST,
                OptionalInt.empty(), false, Optional.of(LocalDate.of(2024, 3, 10)), "anna"))))
                .containsExactly("a.csv:2: response_id: the forms are dated 2024-03-10, before " + id(1) + " was sent "
                        + "the questionnaire (2024-03-11): give the date they came back with --date");
        assertThat(problems(() -> survey.sesi.survey().importReturns().importReturns(new ImportReturns.Command(
                SurveyFiles.entry("a.csv", List.of(complete(1))), ImportOptions.ALL_OR_NOTHING, EntryPass.FIRST,
                OptionalInt.empty(), false, Optional.of(LocalDate.of(2024, 3, 16)), "anna"))))
                .singleElement().asString().startsWith("date: The date 2024-03-16 is after today (2024-03-15)");
    }

    @Test
    void a_unit_never_sent_the_questionnaire_or_a_version_it_was_not_sent_is_refused() {
        List<List<String>> rows = List.of(SurveyFiles.association(7));
        survey.sesi.survey().importSamplingFrame().importFrame(new se.coompanion.sesi.application.survey.port.in
                .ImportSamplingFrame.Command(SurveyFiles.frame("ram2.csv", rows), ImportOptions.ALL_OR_NOTHING));

        assertThat(problems(() -> survey.importFile("a.csv", EntryPass.FIRST, List.of(complete(7)))))
                .containsExactly("a.csv:2: response_id: " + id(7) + " was never sent the questionnaire (no "
                        + "QUESTIONNAIRE or REPLACEMENT_QUESTIONNAIRE wave went to it): a form is checked against the "
                        + "version its unit received");
        assertThat(problems(() -> survey.sesi.survey().importReturns().importReturns(new ImportReturns.Command(
                SurveyFiles.entry("a.csv", List.of(complete(1))), ImportOptions.ALL_OR_NOTHING, EntryPass.FIRST,
                OptionalInt.of(2), false, Optional.empty(), "anna"))))
                .containsExactly("a.csv:2: response_id: " + id(1) + " was sent questionnaire version 1, not version 2");
    }

    @Test
    void a_column_of_the_questionnaire_mailed_is_required_and_an_unknown_column_is_refused() {
        TabularSource noBehov = TabularSource.of("a.csv", List.of("response_id", "naring", "anstallda", "omrade",
                "annat", "omsattning", "stodstruktur", "stod"), List.of(List.of(id(1), "1", "2", "1", "", "", "", "")));

        assertThat(problems(() -> survey.sesi.survey().importReturns().importReturns(new ImportReturns.Command(noBehov,
                ImportOptions.ALL_OR_NOTHING, EntryPass.FIRST, OptionalInt.empty(), false, Optional.empty(), "anna"))))
                .anyMatch(p -> p.startsWith("a.csv:1: stod: ")).anyMatch(p -> p.contains("behov"));
    }

    @Test
    void one_form_keyed_by_hand_is_checked_the_same_way_and_reports_every_problem_by_variable() {
        Map<String, String> wrong = new LinkedHashMap<>();
        wrong.put("naring", "2");
        wrong.put("anstallda", "4");
        wrong.put("behov", "0");
        wrong.put("stod", "1");

        assertThat(problems(() -> survey.key(1, EntryPass.FIRST, "anna", wrong))).containsExactly(
                "stod: stod is not a question of the questionnaire version the unit was sent (1)",
                "behov: '0' is not an answer code of the question: its codes are 1 Inte alls, 2 Lite, 3 Delvis, "
                        + "4 Till stor del, 5 Helt, 9 Vet ej",
                "anstallda: answered, but the form skips this question here: its condition [naring] = '1' does not "
                        + "hold ([naring] = '2'); leave it empty if the respondent answered a question the form told "
                        + "them to skip, or check the answer it depends on (4)");
        assertThat(problems(() -> survey.key(1, EntryPass.FIRST, "anna", Map.of()))).containsExactly(
                "the form has no answer at all: record a blank returned form as a disposition (REFUSAL) instead of "
                        + "keying it");

        KeyReturn.Result result = survey.key(1, EntryPass.FIRST, "anna", Map.of("naring", "2", "omrade", "2",
                "behov", "5"));
        assertThat(result.form().completeness()).isEqualTo(Completeness.COMPLETE);
        assertThat(result.state()).isEqualTo(FormState.USABLE);
        assertThat(result.recorded()).contains(Disposition.COMPLETE);
        assertThat(survey.ports.keyedForms().summaries()).singleElement()
                .satisfies(s -> assertThat(s.source()).isEqualTo("entry add"));
    }
}
