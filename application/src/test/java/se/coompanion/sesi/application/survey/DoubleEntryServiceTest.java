package se.coompanion.sesi.application.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static se.coompanion.sesi.application.survey.EntryFixture.complete;
import static se.coompanion.sesi.application.survey.EntryFixture.id;
import static se.coompanion.sesi.application.testing.SurveyFiles.form;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import se.coompanion.sesi.application.shared.ImportOptions;
import se.coompanion.sesi.application.shared.InvalidInputException;
import se.coompanion.sesi.application.shared.NotFoundException;
import se.coompanion.sesi.application.shared.Problem;
import se.coompanion.sesi.application.survey.port.in.ChangeEntrySettings;
import se.coompanion.sesi.application.survey.port.in.CompareEntries;
import se.coompanion.sesi.application.survey.port.in.ImportReturns;
import se.coompanion.sesi.application.survey.port.in.ResolveDisagreement;
import se.coompanion.sesi.domain.survey.entry.ReturnedForm;
import se.coompanion.sesi.application.testing.SurveyFiles;
import se.coompanion.sesi.application.testing.TestValidation;
import se.coompanion.sesi.domain.survey.ResponseId;
import se.coompanion.sesi.domain.survey.entry.Disagreement;
import se.coompanion.sesi.domain.survey.entry.EntryPass;
import se.coompanion.sesi.domain.survey.entry.FormState;
import se.coompanion.sesi.domain.survey.results.AnswerRows;

class DoubleEntryServiceTest {

    private final EntryFixture survey = new EntryFixture();

    private void secondPass(String keyedBy, List<List<String>> rows) {
        survey.sesi.survey().importReturns().importReturns(new ImportReturns.Command(SurveyFiles.entry("pass2.csv",
                rows), ImportOptions.ALL_OR_NOTHING, EntryPass.SECOND, OptionalInt.empty(), false, Optional.empty(),
                keyedBy));
    }

    private ResolveDisagreement.Result resolve(int unit, String variable, String value) {
        return survey.sesi.survey().resolveDisagreement().resolve(new ResolveDisagreement.Command(id(unit), variable,
                value, "cecilia"));
    }

    private CompareEntries.Result compare(boolean openOnly) {
        return survey.sesi.survey().compareEntries().compare(new CompareEntries.Query(openOnly));
    }

    private FormState state(int unit) {
        return survey.ports.returnedForms().find(ResponseId.of(unit)).map(ReturnedForm::state).orElseThrow();
    }

    /** S-0001: anstallda 12 / 21 and omsattning 2.5 / empty differ; S-0002 agrees in every field. */
    private void twoFormsKeyedTwice() {
        survey.importFile("pass1.csv", EntryPass.FIRST, List.of(complete(1), form(id(2), "2", "", "2", "", "3", "",
                "3")));
        secondPass("bo", List.of(form(id(1), "1", "21", "7|1", " Bygg", "4", "", "1"), form(id(2), "2", "", "2", "",
                "3", "", "3")));
    }

    @Test
    void compare_lists_every_disagreement_and_the_agreement_over_every_question_of_the_forms_keyed_twice() {
        twoFormsKeyedTwice();

        CompareEntries.Result result = compare(false);

        // 2 forms keyed twice x 7 questions = 14 fields compared; 2 differ, 12 agree: 12 / 14 = 0.8571.
        assertThat(result.formsCompared()).isEqualTo(2);
        assertThat(result.fieldsCompared()).isEqualTo(14);
        assertThat(result.fieldsAgreeing()).isEqualTo(12);
        assertThat(result.agreementRate()).isCloseTo(0.857142857, within(1e-9));
        assertThat(result.disagreements()).containsExactly(
                new Disagreement(ResponseId.of(1), "anstallda", "12", "21", Optional.empty()),
                new Disagreement(ResponseId.of(1), "omsattning", "2.5", "", Optional.empty()));
        assertThat(result.open()).isEqualTo(2);
        assertThat(result.samePerson()).isZero();
        assertThat(state(1)).as("with double entry off a form keyed twice must still agree")
                .isEqualTo(FormState.OPEN_DISAGREEMENTS);
        assertThat(state(2)).isEqualTo(FormState.USABLE);
    }

    @Test
    void resolving_every_disagreement_settles_the_form_with_who_and_when_recorded() {
        twoFormsKeyedTwice();

        ResolveDisagreement.Result first = resolve(1, "anstallda", "12");
        assertThat(first.settles()).hasValueSatisfying(d -> assertThat(d.variable()).isEqualTo("anstallda"));
        assertThat(first.state()).isEqualTo(FormState.OPEN_DISAGREEMENTS);
        assertThat(first.open()).isEqualTo(1);
        assertThat(first.resolution()).hasValueSatisfying(r -> {
            assertThat(r.resolvedBy()).isEqualTo("cecilia");
            assertThat(r.resolvedAt()).isEqualTo(TestValidation.CLOCK.instant());
        });

        ResolveDisagreement.Result second = resolve(1, "omsattning", "2,50");
        assertThat(second.value()).isEqualTo("2.5");
        assertThat(second.state()).isEqualTo(FormState.USABLE);
        assertThat(second.open()).isZero();
        assertThat(compare(true).disagreements()).isEmpty();
        assertThat(compare(false).disagreements()).extracting(d -> d.resolution().orElseThrow().value())
                .containsExactly("12", "2.5");
        assertThat(AnswerRows.answers(survey.ports.returnedForms().find(ResponseId.of(1)).orElseThrow().rows())
                .value("anstallda")).isEqualTo("12");

        assertThat(resolve(1, "omsattning", "2.5").resolution()).as("the same value again records nothing").isEmpty();
    }

    @Test
    void with_double_entry_on_one_pass_waits_for_the_second_and_switching_it_off_lets_it_in() {
        ChangeEntrySettings.Result on =
                survey.sesi.survey().changeEntrySettings().change(new ChangeEntrySettings.Command( true, "anna"));
        assertThat(on.changed()).isTrue();
        assertThat(on.settings().changedBy()).contains("anna");
        survey.importFile("pass1.csv", EntryPass.FIRST, List.of(complete(1)));

        assertThat(state(1)).isEqualTo(FormState.AWAITING_SECOND_PASS);
        assertThat(compare(false).firstOnly()).isEqualTo(1);
        assertThat(survey.sesi.survey().showEntryStatus().status().forms()).singleElement()
                .satisfies(f -> assertThat(f.first() && !f.second()).isTrue());

        assertThat(survey.sesi.survey().changeEntrySettings().change(new ChangeEntrySettings.Command(true,
                "bo")).changed())
                .isFalse();
        ChangeEntrySettings.Result off =
                survey.sesi.survey().changeEntrySettings().change(new ChangeEntrySettings.Command( false, "bo"));
        assertThat(off.states()).isEqualTo(Map.of(FormState.USABLE, 1L));
        assertThat(state(1)).isEqualTo(FormState.USABLE);
    }

    @Test
    void a_resolution_is_checked_alone_and_with_the_rest_of_the_form_and_a_refused_one_records_nothing() {
        survey.importFile("pass1.csv", EntryPass.FIRST, List.of(form(id(2), "1", "5", "2", "", "3", "", "")));
        secondPass("bo", List.of(form(id(2), "2", "", "2", "", "3", "", "")));
        resolve(2, "naring", "2");

        assertThatThrownBy(() -> resolve(2, "anstallda", "5"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(Problem::toString).containsExactly("anstallda: with anstallda = '5' the form "
                                + id(2) + " is not valid: answered, but the form skips this question here: its "
                                + "condition [naring] = '1' does not hold ([naring] = '2'); leave it empty if the "
                                + "respondent answered a question the form told them to skip, or check the answer it "
                                + "depends on; resolve the field it depends on first"));
        assertThat(survey.ports.keyedForms().resolutions(List.of(ResponseId.of(2)))).hasSize(1);
        assertThat(resolve(2, "anstallda", "").state()).isEqualTo(FormState.USABLE);

        assertThatThrownBy(() -> resolve(2, "behov", "8")).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("'8' is not an answer code");
        assertThatThrownBy(() -> resolve(2, "okand", "1")).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("okand is not a question of questionnaire version 1");
        assertThatThrownBy(() -> resolve(3, "behov", "1")).isInstanceOf(NotFoundException.class)
                .hasMessageContaining("has no keyed form");
        assertThatThrownBy(() -> survey.sesi.survey().resolveDisagreement().resolve(new ResolveDisagreement.Command(
                "S-0002-2", "behov", "1", "cecilia"))).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("check digit");
    }

    @Test
    void a_field_the_passes_agree_on_can_be_corrected_after_checking_the_paper_form() {
        survey.importFile("pass1.csv", EntryPass.FIRST, List.of(complete(1)));

        ResolveDisagreement.Result correction = resolve(1, "behov", "5");

        assertThat(correction.settles()).isEmpty();
        assertThat(correction.state()).isEqualTo(FormState.USABLE);
        assertThat(AnswerRows.answers(survey.ports.returnedForms().find(ResponseId.of(1)).orElseThrow().rows())
                .value("behov")).isEqualTo("5");
        assertThat(compare(false).disagreements()).isEmpty();
    }

    @Test
    void passes_keyed_by_the_same_person_are_counted_as_not_independent() {
        survey.importFile("pass1.csv", EntryPass.FIRST, List.of(complete(1)));
        // The same answers keyed from the form again (2.50 for 2,5): not the same file.
        secondPass("Anna", List.of(form(id(1), "1", "12", "1|7", "Bygg", "4", "2.50", "1")));

        CompareEntries.Result result = compare(false);

        assertThat(result.samePerson()).isEqualTo(1);
        assertThat(result.agreementRate()).isEqualTo(1.0);
    }
}
