package se.coompanion.sesi.application.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.coompanion.sesi.application.testing.SurveyFiles.dictionary;
import static se.coompanion.sesi.application.testing.SurveyFiles.question;
import static se.coompanion.sesi.application.testing.SurveyFiles.smallDictionary;

import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import se.coompanion.sesi.application.SesiApplication;
import se.coompanion.sesi.application.shared.InvalidInputException;
import se.coompanion.sesi.application.shared.NotFoundException;
import se.coompanion.sesi.application.shared.Problem;
import se.coompanion.sesi.application.shared.TabularSource;
import se.coompanion.sesi.application.survey.port.in.LoadQuestionnaire;
import se.coompanion.sesi.application.testing.InMemorySesiPorts;
import se.coompanion.sesi.application.testing.TestValidation;
import se.coompanion.sesi.domain.survey.Question;
import se.coompanion.sesi.domain.survey.QuestionType;
import se.coompanion.sesi.domain.survey.QuestionnaireVersion;

class QuestionnaireServiceTest {

    private final InMemorySesiPorts ports = new InMemorySesiPorts();
    private final SesiApplication sesi = TestValidation.application(ports);

    private LoadQuestionnaire.Result load(TabularSource dictionary) {
        return sesi.survey().loadQuestionnaire().load(new LoadQuestionnaire.Command(dictionary));
    }

    @Test
    void loads_the_dictionary_as_version_1_with_sections_carried_down() {
        LoadQuestionnaire.Result result = load(smallDictionary());

        assertThat(result.unchanged()).isFalse();
        QuestionnaireVersion version = result.version();
        assertThat(version.number()).isEqualTo(1);
        assertThat(version.source()).isEqualTo("enkat.csv");
        assertThat(version.loadedAt()).isEqualTo(TestValidation.CLOCK.instant());
        List<Question> questions = version.questionnaire().questions();
        assertThat(questions).extracting(Question::variable).containsExactly("q1", "q2", "q3");
        assertThat(questions).extracting(Question::section).containsExactly("Om föreningen", "Om föreningen", "Behov");
        assertThat(questions.get(1).type()).isEqualTo(QuestionType.INTEGER);
        assertThat(questions.get(1).max()).hasValue("500");
        assertThat(questions.get(1).showIf().orElseThrow()).hasToString("[q1] = '1'");
        assertThat(questions.get(0).required()).isTrue();
        assertThat(sesi.survey().showQuestionnaire().show(OptionalInt.empty())).isEqualTo(version);
    }

    @Test
    void the_same_questions_again_change_nothing_and_other_questions_make_the_next_version() {
        load(smallDictionary());

        LoadQuestionnaire.Result same = load(smallDictionary());
        assertThat(same.unchanged()).isTrue();
        assertThat(same.version().number()).isEqualTo(1);

        TabularSource changed = dictionary("enkat-v2.csv", List.of(
                question("q1", "Om föreningen", "Bedriver föreningen näringsverksamhet?", "SINGLE",
                        "1, Ja | 2, Nej | 9, Vet ej", "y", "", "", "")));
        assertThat(load(changed).version().number()).isEqualTo(2);

        LoadQuestionnaire.Result back = load(smallDictionary());
        assertThat(back.version().number()).as("going back to the first questions is a change too").isEqualTo(3);
        assertThat(sesi.survey().showQuestionnaire().versions()).extracting(QuestionnaireVersion::number)
                .containsExactly(1, 2, 3);
        assertThat(sesi.survey().showQuestionnaire().show(OptionalInt.of(2)).source()).isEqualTo("enkat-v2.csv");
    }

    @Test
    void every_problem_of_every_row_is_reported_with_line_and_column_and_nothing_is_stored() {
        TabularSource bad = dictionary("bad.csv", List.of(
                question("q1", "", "Fråga ett", "SINGEL", "1, Ja | 2, Nej", "y", "", "", ""),
                question("Q2", "", "", "INTEGER", "1, Ja", "kanske", "x", "", ""),
                question("q3", "", "Fråga tre", "TEXT", "", "n", "", "", "[q1] = '1' and")));

        assertThatThrownBy(() -> load(bad))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(Problem::toString)
                        .containsExactly(
                                "bad.csv:2: typ/type: Question type SINGEL: allowed are SINGLE, MULTI, LIKERT_5, "
                                        + "INTEGER, DECIMAL, TEXT, DATE",
                                "bad.csv:3: variabel/variable: Variable Q2: use lower-case letters a-z, digits and _, "
                                        + "start with a letter, at most 32 characters, and no ___",
                                "bad.csv:3: fragetext/label: a value is required",
                                "bad.csv:3: obligatorisk/required: required kanske: write y (yes) or n (no)",
                                "bad.csv:3: svarsalternativ/choices: A INTEGER question has no choices: leave choices "
                                        + "empty (1, Ja)",
                                "bad.csv:3: min: min/max x: write a whole number, or [variable] for the answer to an earlier question",
                                "bad.csv:4: visa_om/show_if: Show-if [q1] = '1' and: the end at character 15; expected "
                                        + "a comparison such as [q3] = '1', or ("));
        assertThat(ports.questionnaires().all()).isEmpty();
    }

    @Test
    void a_condition_on_a_later_or_unknown_question_is_reported_at_its_line() {
        TabularSource bad = dictionary("order.csv", List.of(
                question("q1", "", "Fråga ett", "TEXT", "", "n", "", "", "[q2] = 'ja'"),
                question("q2", "", "Fråga två", "TEXT", "", "n", "", "", ""),
                question("q3", "", "Fråga tre", "TEXT", "", "n", "", "", "[q9] = 'x'")));

        assertThatThrownBy(() -> load(bad))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(Problem::toString)
                        .containsExactly(
                                "order.csv:2: visa_om/show_if: [q2] is question 2, which comes after this one "
                                        + "(question 1): a condition may only refer to earlier questions "
                                        + "([q2] = 'ja')",
                                "order.csv:4: visa_om/show_if: [q9] is not a variable of the questionnaire "
                                        + "([q9] = 'x')"));
    }

    @Test
    void swedish_headers_are_read_too() {
        TabularSource swedish = TabularSource.of("svensk.csv", List.of("Variabel", "Frågetext", "Typ",
                "Svarsalternativ", "Obligatorisk", "Visa_om"), List.of(
                        List.of("q1", "Har föreningen anställda?", "single", "1, Ja | 2, Nej", "Y", ""),
                        List.of("q2", "Hur många?", "integer", "", "n", "[q1] = '1'")));

        assertThat(load(swedish).version().questionnaire().questions()).hasSize(2);
    }

    @Test
    void no_questionnaire_or_version_is_not_found() {
        assertThatThrownBy(() -> sesi.survey().showQuestionnaire().show(OptionalInt.empty()))
                .isInstanceOf(NotFoundException.class).hasMessageContaining("sesi survey questionnaire load");
        load(smallDictionary());
        assertThatThrownBy(() -> sesi.survey().showQuestionnaire().show(OptionalInt.of(7)))
                .isInstanceOf(NotFoundException.class).hasMessageContaining("no questionnaire version 7");
    }

    @Test
    void a_new_version_may_change_a_question_but_not_the_type_of_its_variable() {
        load(smallDictionary());

        assertThatThrownBy(() -> load(dictionary("v2.csv", List.of(question("q1", "", "Bedriver föreningen "
                + "näringsverksamhet?", "TEXT", "", "n", "", "", ""), question("q3", "", "Behov", "SINGLE",
                "1, Ja | 2, Nej", "n", "", "", "")))))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(Problem::toString).containsExactly(
                                "v2.csv: variabel/variable: q1 was a SINGLE question in version 1 and would become "
                                        + "TEXT: returns of every version are analysed together, so give the changed "
                                        + "question a new variable name",
                                "v2.csv: variabel/variable: q3 was a MULTI question in version 1 and would become "
                                        + "SINGLE: returns of every version are analysed together, so give the changed "
                                        + "question a new variable name"));
        assertThat(sesi.survey().showQuestionnaire().versions()).hasSize(1);
        assertThat(load(dictionary("v2.csv", List.of(question("q1", "", "Ny lydelse", "SINGLE", "1, Ja | 2, Nej | "
                + "9, Vet ej", "y", "", "", "")))).version().number()).as("wording and choices may change").isEqualTo(2);
    }
}
