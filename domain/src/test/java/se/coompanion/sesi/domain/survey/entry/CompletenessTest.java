package se.coompanion.sesi.domain.survey.entry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import se.coompanion.sesi.domain.survey.Disposition;

class CompletenessTest {

    @Test
    void every_required_question_shown_answered_is_complete_whatever_else_is_empty() {
        // 10 shown, 3 answered, no required one empty: complete (the rule counts required questions only).
        assertThat(Completeness.of(10, 3, 0)).isEqualTo(Completeness.COMPLETE);
    }

    @Test
    void a_required_question_empty_with_at_least_half_answered_is_partial_and_less_is_a_break_off() {
        // 10 shown: 5 answered is half (2 x 5 = 10 >= 10): partial; 4 answered (8 < 10): break-off.
        assertThat(Completeness.of(10, 5, 1)).isEqualTo(Completeness.PARTIAL);
        assertThat(Completeness.of(10, 4, 1)).isEqualTo(Completeness.BREAK_OFF);
        // 7 shown: 4 answered (8 >= 7) partial, 3 answered (6 < 7) break-off.
        assertThat(Completeness.of(7, 4, 3)).isEqualTo(Completeness.PARTIAL);
        assertThat(Completeness.of(7, 3, 2)).isEqualTo(Completeness.BREAK_OFF);
    }

    @Test
    void a_break_off_is_an_aapor_refusal_and_not_usable() {
        assertThat(Completeness.COMPLETE.disposition()).isEqualTo(Disposition.COMPLETE);
        assertThat(Completeness.PARTIAL.disposition()).isEqualTo(Disposition.PARTIAL);
        assertThat(Completeness.BREAK_OFF.disposition()).isEqualTo(Disposition.REFUSAL);
        assertThat(Completeness.BREAK_OFF.isUsable()).isFalse();
        assertThat(Completeness.PARTIAL.isUsable()).isTrue();
    }

    @Test
    void impossible_counts_are_refused() {
        assertThatThrownBy(() -> Completeness.of(3, 4, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Completeness.of(3, 2, 2)).isInstanceOf(IllegalArgumentException.class);
    }
}
