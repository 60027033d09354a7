package se.coompanion.sesi.domain.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import se.coompanion.sesi.domain.shared.DomainException;
import se.coompanion.sesi.domain.shared.OrganisationNumber;

class ResponseIdTest {

    @Test
    void the_worked_example_of_the_documentation() {
        // 0012: interim 0 -> T[0][0]=0 -> T[0][0]=0 -> T[0][1]=3 -> T[3][2]=5, so the check digit is 5;
        // checking 00125: ... -> T[5][5] = 0.
        assertThat(Damm.checkDigit("0012")).isEqualTo(5);
        assertThat(Damm.isValid("00125")).isTrue();
        assertThat(ResponseId.of(12)).hasToString("S-0012-5");
        // the example of Damm's algorithm in the literature: 572 has the check digit 4
        assertThat(Damm.checkDigit("572")).isEqualTo(4);
        assertThat(ResponseId.of(1)).hasToString("S-0001-3");
    }

    @Test
    void catches_every_single_digit_error_and_every_adjacent_transposition_of_the_first_9999_ids() {
        List<String> missed = new ArrayList<>();
        for (int sequence = 1; sequence <= 9999; sequence++) {
            ResponseId id = ResponseId.of(sequence);
            char[] typed = (id.digits() + id.checkDigit()).toCharArray();
            for (int position = 0; position < typed.length; position++) {
                char right = typed[position];
                for (char wrong = '0'; wrong <= '9'; wrong++) {
                    if (wrong != right) {
                        typed[position] = wrong;
                        if (Damm.isValid(new String(typed))) {
                            missed.add(new String(typed));
                        }
                    }
                }
                typed[position] = right;
            }
            for (int position = 0; position + 1 < typed.length; position++) {
                if (typed[position] != typed[position + 1]) {
                    char[] swapped = typed.clone();
                    swapped[position] = typed[position + 1];
                    swapped[position + 1] = typed[position];
                    if (Damm.isValid(new String(swapped))) {
                        missed.add(new String(swapped));
                    }
                }
            }
        }
        assertThat(missed).isEmpty();
    }

    @Test
    void luhn_would_miss_the_transposition_09_to_90_that_damm_catches() {
        // Luhn (weights 2,1,... from the left): ...0,9 with weights 1,2 gives 0 + (18-9) = 9, and ...9,0 gives 9 + 0 = 9
        assertThat(OrganisationNumber.checkDigit("000000009")).isEqualTo(OrganisationNumber.checkDigit("000000090"));
        assertThat(Damm.checkDigit("0009")).isNotEqualTo(Damm.checkDigit("0090"));
    }

    @Test
    void reads_the_id_as_people_type_it() {
        ResponseId twelve = ResponseId.of(12);

        assertThat(ResponseId.parse("S-0012-5")).isEqualTo(twelve);
        assertThat(ResponseId.parse(" s-0012-5 ")).isEqualTo(twelve);
        assertThat(ResponseId.parse("S 0012 5")).isEqualTo(twelve);
        assertThat(ResponseId.parse("S00125")).isEqualTo(twelve);
        assertThat(ResponseId.parse("0012-5")).isEqualTo(twelve);
        assertThat(ResponseId.parse(ResponseId.of(123456).toString())).isEqualTo(ResponseId.of(123456));
        assertThat(ResponseId.of(123456).toString()).startsWith("S-123456-");
    }

    @Test
    void a_mistyped_id_is_rejected_without_giving_away_the_right_check_digit() {
        assertThatThrownBy(() -> ResponseId.parse("S-0012-6"))
                .isInstanceOf(DomainException.class)
                .hasMessage("Response id S-0012-6: the check digit does not match: a digit is mistyped or two digits "
                        + "are swapped; check the id on the form");
        assertThatThrownBy(() -> ResponseId.parse("S-0021-5")).hasMessageContaining("check digit does not match");
    }

    @Test
    void a_dropped_or_added_digit_or_a_wrong_shape_is_rejected() {
        for (String text : List.of("S-012-5", "S-00012-5", "S-0012", "S-0000-0", "X-0012-5", "S-00a2-5", "")) {
            assertThatThrownBy(() -> ResponseId.parse(text)).as(text).isInstanceOf(DomainException.class);
        }
        assertThatThrownBy(() -> ResponseId.parse("S-012-5")).hasMessageContaining("four digits");
    }

    @Test
    void the_sequence_is_from_1_to_the_maximum() {
        assertThatThrownBy(() -> ResponseId.of(0)).isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> ResponseId.of(ResponseId.MAX_SEQUENCE + 1)).isInstanceOf(DomainException.class);
        assertThat(ResponseId.parse(ResponseId.of(ResponseId.MAX_SEQUENCE).toString()).sequence())
                .isEqualTo(ResponseId.MAX_SEQUENCE);
    }

    @Property
    void every_id_reads_back_from_its_printed_form(@ForAll @IntRange(min = 1, max = ResponseId.MAX_SEQUENCE) int n) {
        ResponseId id = ResponseId.of(n);
        assertThat(ResponseId.parse(id.toString())).isEqualTo(id);
    }

    @Property
    void any_text_is_an_id_or_a_domain_exception(@ForAll String text) {
        try {
            assertThat(ResponseId.parse(text).sequence()).isPositive();
        } catch (DomainException expected) {
            assertThat(expected.getMessage()).isNotBlank();
        }
    }
}
