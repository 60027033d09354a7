package se.coompanion.sesi.domain.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import se.coompanion.sesi.domain.shared.DomainException;

class DispositionTest {

    @Test
    void reads_names_and_the_letters_of_the_formulas() {
        assertThat(Disposition.parse("refusal")).isEqualTo(Disposition.REFUSAL);
        assertThat(Disposition.parse("not-eligible")).isEqualTo(Disposition.NOT_ELIGIBLE);
        assertThat(Disposition.parse("UO")).isEqualTo(Disposition.UNKNOWN_UNDELIVERABLE);
        assertThat(Disposition.parse("nc")).isEqualTo(Disposition.NON_CONTACT);
        assertThat(Arrays.stream(Disposition.values()).map(Disposition::letters))
                .containsExactly("I", "P", "R", "NC", "O", "UH", "UO", "NE");
        assertThatThrownBy(() -> Disposition.parse("X"))
                .isInstanceOf(DomainException.class).hasMessageContaining("REFUSAL (R)");
    }

    @Test
    void every_code_but_unknown_no_return_finalises_a_unit() {
        assertThat(Arrays.stream(Disposition.values()).filter(d -> !d.isFinal()))
                .containsExactly(Disposition.UNKNOWN_NO_RETURN);
    }

    @Test
    void a_final_disposition_changes_only_on_purpose() {
        assertThat(Disposition.UNKNOWN_NO_RETURN.change(Disposition.REFUSAL, false)).isEqualTo(Disposition.Change.RECORD);
        assertThat(Disposition.COMPLETE.change(Disposition.UNKNOWN_UNDELIVERABLE, false))
                .isEqualTo(Disposition.Change.NEEDS_REPLACE);
        assertThat(Disposition.COMPLETE.change(Disposition.UNKNOWN_UNDELIVERABLE, true))
                .isEqualTo(Disposition.Change.RECORD);
        assertThat(Disposition.REFUSAL.change(Disposition.REFUSAL, true)).isEqualTo(Disposition.Change.UNCHANGED);
        assertThat(Disposition.UNKNOWN_NO_RETURN.change(Disposition.UNKNOWN_NO_RETURN, false))
                .isEqualTo(Disposition.Change.UNCHANGED);
    }
}
