package se.coompanion.sesi.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PostalCodeTest {

    @ParameterizedTest
    @ValueSource(strings = {"85233", "852 33", "SE-852 33", "se-85233", " 852 33 ", "SE 852 33", "SE85233",
        "sE 85233"})
    void accepts_the_written_forms(String text) {
        PostalCode code = PostalCode.parse(text);
        assertThat(code.digits()).isEqualTo("85233");
        assertThat(code.formatted()).isEqualTo("852 33");
    }

    @ParameterizedTest
    @ValueSource(strings = {"05233", "8523", "852333", "852-33", "DK-852 33", "abcde", "8 5233", "852  33", "85 233",
        "SE-", "SE--852 33", "SE- 852 33", "SE-052 33", "852 3x", "８５２３３"})
    void rejects_other_shapes_naming_the_value(String text) {
        assertThatThrownBy(() -> PostalCode.parse(text))
                .isInstanceOf(DomainException.class)
                .hasMessageStartingWith("Postal code " + text.strip() + ":");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "  "})
    void rejects_an_empty_code(String text) {
        assertThatThrownBy(() -> PostalCode.parse(text)).hasMessageContaining("missing");
    }

    @Property
    void any_text_is_either_a_code_or_a_domain_exception(@ForAll String text) {
        try {
            assertThat(PostalCode.parse(text).digits()).hasSize(5);
        } catch (DomainException expected) {
            assertThat(expected.getMessage()).isNotBlank();
        }
    }
}
