package se.coompanion.sesi.domain.survey.entry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.coompanion.sesi.domain.survey.entry.TestForms.QUESTIONNAIRE;
import static se.coompanion.sesi.domain.survey.entry.TestForms.keyed;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import se.coompanion.sesi.domain.survey.ResponseId;

class FormReviewTest {

    private static final ResponseId ID = ResponseId.of(12);
    private static final Instant AT = Instant.parse("2024-04-02T09:00:00Z");

    static KeyedPass pass(EntryPass pass, String... pairs) {
        CheckedForm form = FormCheck.check(QUESTIONNAIRE, keyed(pairs)).form().orElseThrow();
        return new KeyedPass(ID, pass, 1, form.answers(), form.completeness(), AT, "anna", "inmatning.csv", 2);
    }

    private static Resolution resolution(String variable, String value) {
        return new Resolution(ID, variable, value, "bo", AT.plusSeconds(60));
    }

    private static final KeyedPass FIRST = pass(EntryPass.FIRST, "naring", "1", "anstallda", "12", "omrade", "1",
            "behov", "4");
    private static final KeyedPass SECOND = pass(EntryPass.SECOND, "naring", "1", "anstallda", "21", "omrade", "1",
            "behov", "4", "omsattning", "2,5");

    @Test
    void every_question_of_the_version_is_a_field_compared_and_an_empty_field_in_one_pass_is_a_disagreement() {
        FormReview review = FormReview.of(ID, List.of(FIRST, SECOND), List.of());

        // 7 questions compared; anstallda 12/21 (a swap) and omsattning empty/2.5 differ; 5 agree, of which
        // annat and ifylld are empty in both passes.
        assertThat(review.fieldsCompared(QUESTIONNAIRE)).isEqualTo(7);
        assertThat(review.disagreements(QUESTIONNAIRE)).containsExactly(
                new Disagreement(ID, "anstallda", "12", "21", Optional.empty()),
                new Disagreement(ID, "omsattning", "", "2.5", Optional.empty()));
    }

    @Test
    void data_with_an_open_disagreement_are_not_settled_whether_double_entry_is_on_or_off() {
        FormReview review = FormReview.of(ID, List.of(FIRST, SECOND), List.of(resolution("anstallda", "12")));

        for (boolean doubleEntry : new boolean[] {true, false}) {
            FormReview.Settlement settlement = review.settle(QUESTIONNAIRE, doubleEntry);
            assertThat(settlement.stage()).isEqualTo(FormReview.Settlement.Stage.OPEN_DISAGREEMENTS);
            assertThat(settlement.open()).isEqualTo(1);
            assertThat(settlement.answers()).as("the first pass as keyed").isEqualTo(FIRST.answers());
            assertThat(settlement.state(true)).isEqualTo(FormState.OPEN_DISAGREEMENTS);
        }
    }

    @Test
    void once_every_disagreement_is_resolved_the_first_pass_with_the_resolutions_is_the_settled_form() {
        FormReview review = FormReview.of(ID, List.of(SECOND, FIRST), List.of(resolution("anstallda", "21"),
                resolution("omsattning", "2.5"), resolution("anstallda", "12")));

        FormReview.Settlement settlement = review.settle(QUESTIONNAIRE, true);

        assertThat(settlement.settled()).isTrue();
        assertThat(settlement.valid()).isTrue();
        assertThat(settlement.answers()).as("the latest resolution of anstallda counts")
                .isEqualTo(FIRST.answers().with("omsattning", "2.5"));
        assertThat(settlement.completeness()).isEqualTo(Completeness.COMPLETE);
        assertThat(settlement.state(true)).isEqualTo(FormState.USABLE);
        assertThat(settlement.state(false)).as("the unit was made no return by hand").isEqualTo(FormState.NOT_A_RETURN);
        assertThat(review.disagreements(QUESTIONNAIRE)).allMatch(d -> !d.isOpen());
    }

    @Test
    void one_pass_is_settled_only_when_double_entry_is_off_and_a_resolution_then_corrects_it() {
        FormReview review = FormReview.of(ID, List.of(FIRST), List.of(resolution("behov", "5")));

        assertThat(review.settle(QUESTIONNAIRE, true).stage())
                .isEqualTo(FormReview.Settlement.Stage.AWAITING_SECOND_PASS);
        assertThat(review.settle(QUESTIONNAIRE, true).state(true)).isEqualTo(FormState.AWAITING_SECOND_PASS);
        FormReview.Settlement off = review.settle(QUESTIONNAIRE, false);
        assertThat(off.settled()).isTrue();
        assertThat(off.answers().value("behov")).isEqualTo("5");
        assertThat(review.fieldsCompared(QUESTIONNAIRE)).isZero();
        assertThat(review.disagreements(QUESTIONNAIRE)).isEmpty();
    }

    @Test
    void adjudicated_values_that_clash_with_the_rest_of_the_form_are_reported() {
        KeyedPass first = pass(EntryPass.FIRST, "naring", "1", "anstallda", "12", "omrade", "1", "behov", "4");
        KeyedPass second = pass(EntryPass.SECOND, "naring", "2", "omrade", "1", "behov", "4");
        FormReview review = FormReview.of(ID, List.of(first, second), List.of(resolution("naring", "2"),
                resolution("anstallda", "12")));

        FormReview.Settlement settlement = review.settle(QUESTIONNAIRE, false);

        assertThat(settlement.settled()).isTrue();
        assertThat(settlement.valid()).isFalse();
        assertThat(settlement.problems()).singleElement().satisfies(p -> {
            assertThat(p.variable()).isEqualTo("anstallda");
            assertThat(p.message().toString()).contains("[naring] = '1' does not hold ([naring] = '2')");
        });
    }

    @Test
    void a_break_off_settles_as_a_break_off() {
        FormReview review = FormReview.of(ID, List.of(pass(EntryPass.FIRST, "naring", "1")), List.of());

        assertThat(review.settle(QUESTIONNAIRE, false).state(true)).isEqualTo(FormState.BREAK_OFF);
    }

    @Test
    void passes_of_another_unit_or_version_or_a_pass_twice_do_not_make_a_review() {
        KeyedPass other = new KeyedPass(ResponseId.of(13), EntryPass.SECOND, 1, FIRST.answers(),
                Completeness.COMPLETE, AT, "bo", "x.csv", 3);
        KeyedPass version2 = new KeyedPass(ID, EntryPass.SECOND, 2, FIRST.answers(), Completeness.COMPLETE, AT, "bo",
                "x.csv", 3);
        assertThatThrownBy(() -> FormReview.of(ID, List.of(FIRST, other), List.of()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> FormReview.of(ID, List.of(FIRST, version2), List.of()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> FormReview.of(ID, List.of(FIRST, FIRST), List.of()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> FormReview.of(ID, List.of(), List.of())).isInstanceOf(IllegalArgumentException.class);
    }
}
