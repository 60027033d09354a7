package se.coompanion.sesi.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class OrganisationNumberTest {

    @ParameterizedTest
    @CsvSource({
        "716460-3867, 7164603867, 7",
        "212000-2411, 2120002411, 2",
        "556016-0680, 5560160680, 5",
        "7164603867, 7164603867, 7",
        "16716460-3867, 7164603867, 7",
        "167164603867, 7164603867, 7",
        "' 716460-3867 ', 7164603867, 7",
    })
    void accepts_the_valid_examples_of_the_domain_in_every_written_form(String text, String digits, int group) {
        OrganisationNumber number = OrganisationNumber.parse(text);

        assertThat(number.digits()).isEqualTo(digits);
        assertThat(number.group()).isEqualTo(group);
        assertThat(number.formatted()).isEqualTo(digits.substring(0, 6) + "-" + digits.substring(6));
    }

    @Test
    void rejects_a_wrong_check_digit_and_says_which_digit_is_right() {
        assertThatThrownBy(() -> OrganisationNumber.parse("716460-3868"))
                .isInstanceOf(DomainException.class)
                .hasMessage("Organisationsnummer 716460-3868: check digit should be 7");
        assertThatThrownBy(() -> OrganisationNumber.parse("556016-0681"))
                .hasMessage("Organisationsnummer 556016-0681: check digit should be 0");
    }

    @Test
    void says_the_problem_in_swedish_too() {
        DomainException e = (DomainException) catchThrowable("716460-3868");
        assertThat(e.getMessage(Locale.forLanguageTag("sv")))
                .isEqualTo("Organisationsnummer 716460-3868: kontrollsiffran ska vara 7");
    }

    @Test
    void rejects_digits_three_and_four_below_20_because_that_is_a_personal_identity_number() {
        // 800101-0000 shape: month 01 in digits 3-4. Check digit made valid so only the rule fails.
        String nine = "800101000";
        String number = nine + OrganisationNumber.checkDigit(nine);
        assertThatThrownBy(() -> OrganisationNumber.parse(number))
                .hasMessageContaining("digits 3-4 are 01 but must be 20 or more");
    }

    @Test
    void rejects_a_twelve_digit_number_that_does_not_start_with_16() {
        assertThatThrownBy(() -> OrganisationNumber.parse("197164603867"))
                .hasMessageContaining("must start with 16");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "716460-386", "71646038670", "716460_3867", "7164-603867", "71646O-3867",
        "716460--3867", "abc"})
    void rejects_malformed_text_with_a_message_naming_the_value(String text) {
        assertThatThrownBy(() -> OrganisationNumber.parse(text))
                .isInstanceOf(DomainException.class)
                .hasMessageContaining("Organisationsnummer");
    }

    @Test
    void the_luhn_digit_follows_the_weights_two_one_from_the_left() {
        // 7*2=14->5, 1, 6*2=12->3, 4, 6*2=12->3, 0, 3*2=6, 8, 6*2=12->3: sum 33, check (10 - 3) % 10 = 7
        assertThat(OrganisationNumber.checkDigit("716460386")).isEqualTo(7);
        // 2*2=4, 1, 2*2=4, 0, 0, 0, 2*2=4, 4, 1*2=2: sum 19, check 1
        assertThat(OrganisationNumber.checkDigit("212000241")).isEqualTo(1);
    }

    @Test
    void is_valid_tells_without_throwing() {
        assertThat(OrganisationNumber.isValid("716460-3867")).isTrue();
        assertThat(OrganisationNumber.isValid("716460-3868")).isFalse();
        assertThat(OrganisationNumber.isValid(null)).isFalse();
    }

    private static Throwable catchThrowable(String text) {
        try {
            OrganisationNumber.parse(text);
            throw new AssertionError("expected a DomainException for " + text);
        } catch (DomainException e) {
            return e;
        }
    }
}
