package se.coompanion.sesi.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class MunicipalityTest {

    @Test
    void the_reference_data_has_290_municipalities_and_21_counties() {
        assertThat(Municipality.all()).hasSize(290);
        assertThat(County.all()).hasSize(21);
        assertThat(County.all().stream().mapToInt(c -> c.municipalities().size()).sum()).isEqualTo(290);
    }

    @Test
    void finds_a_municipality_and_its_county_by_code() {
        Municipality sundsvall = Municipality.of("2281");
        assertThat(sundsvall.name()).isEqualTo("Sundsvalls kommun");
        assertThat(sundsvall.shortName()).isEqualTo("Sundsvall");
        assertThat(sundsvall.county().name()).isEqualTo("Västernorrlands län");
        assertThat(Municipality.of("0114").shortName()).isEqualTo("Upplands Väsby");
    }

    @Test
    void mellersta_norrland_has_exactly_the_fifteen_municipalities_of_the_needs_analysis() {
        assertThat(County.of("22").municipalities()).extracting(Municipality::code)
                .containsExactly("2260", "2262", "2280", "2281", "2282", "2283", "2284");
        assertThat(County.of("23").municipalities()).extracting(Municipality::code)
                .containsExactly("2303", "2305", "2309", "2313", "2321", "2326", "2361", "2380");
        assertThat(County.of("23").name()).isEqualTo("Jämtlands län");
    }

    @Test
    void rejects_unknown_codes_with_a_message_naming_the_value() {
        assertThatThrownBy(() -> Municipality.of("2299"))
                .isInstanceOf(DomainException.class)
                .hasMessage("Municipality code 2299: not one of the 290 Swedish municipality codes");
        assertThatThrownBy(() -> Municipality.of("228")).hasMessageContaining("four-digit");
        assertThatThrownBy(() -> County.of("26")).hasMessageContaining("County code 26");
        assertThat(Municipality.exists("2281")).isTrue();
        assertThat(Municipality.exists("9999")).isFalse();
    }
}
