package se.coompanion.sesi.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class OrganisationNumberPropertyTest {

    @Property
    void any_text_is_either_a_number_or_a_domain_exception(@ForAll String text) {
        try {
            OrganisationNumber number = OrganisationNumber.parse(text);
            assertThat(number.digits()).hasSize(10);
        } catch (DomainException expected) {
            assertThat(expected.getMessage()).isNotBlank();
        }
    }

    @Property
    void every_number_with_its_check_digit_parses_in_all_written_forms(@ForAll("firstNine") String nine) {
        String digits = nine + OrganisationNumber.checkDigit(nine);
        OrganisationNumber number = OrganisationNumber.parse(digits);

        assertThat(OrganisationNumber.parse(number.formatted())).isEqualTo(number);
        assertThat(OrganisationNumber.parse("16" + digits)).isEqualTo(number);
        assertThat(number.digits()).isEqualTo(digits);
    }

    @Property
    void changing_the_check_digit_makes_the_number_invalid(@ForAll("firstNine") String nine) {
        int right = OrganisationNumber.checkDigit(nine);
        for (int wrong = 0; wrong <= 9; wrong++) {
            if (wrong != right) {
                assertThat(OrganisationNumber.isValid(nine + wrong)).isFalse();
            }
        }
    }

    @Provide
    Arbitrary<String> firstNine() {
        Arbitrary<String> first2 = Arbitraries.strings().numeric().ofLength(2);
        Arbitrary<Integer> middle = Arbitraries.integers().between(20, 99);
        Arbitrary<String> last5 = Arbitraries.strings().numeric().ofLength(5);
        return net.jqwik.api.Combinators.combine(first2, middle, last5).as((a, m, b) -> a + m + b);
    }
}
