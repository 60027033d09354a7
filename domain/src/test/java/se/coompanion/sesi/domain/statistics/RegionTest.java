package se.coompanion.sesi.domain.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import se.coompanion.sesi.domain.shared.County;

class RegionTest {

    @Test
    void reads_sweden_a_county_or_a_municipality_against_the_reference_data() {
        assertThat(Region.parse("SE")).isEqualTo(Region.SWEDEN);
        assertThat(Region.parse("sverige")).isEqualTo(Region.SWEDEN);
        assertThat(Region.parse("22").county()).contains(County.of("22"));
        assertThat(Region.parse("2281").municipality().orElseThrow().shortName()).isEqualTo("Sundsvall");
        assertThat(Region.parse("2281").enclosingCounty()).contains(County.of("22"));
        assertThat(Region.SWEDEN.enclosingCounty()).isEmpty();
    }

    @Test
    void unknown_codes_and_lost_leading_zeros_are_explained() {
        assertThatThrownBy(() -> Region.parse("26")).hasMessageContaining("County code 26");
        assertThatThrownBy(() -> Region.parse("2299")).hasMessageContaining("Municipality code 2299");
        assertThatThrownBy(() -> Region.parse("114")).hasMessageContaining("write 0114");
        assertThatThrownBy(() -> Region.parse("1")).hasMessageContaining("write 01");
        assertThatThrownBy(() -> Region.parse("Norrland")).hasMessageContaining("write SE");
        assertThatThrownBy(() -> new Region(Region.Level.COUNTRY, "NO")).hasMessageContaining("Region NO");
    }

    @Test
    void names_in_both_languages_and_order_sweden_counties_municipalities() {
        assertThat(Region.SWEDEN.name().format(Locale.ROOT)).isEqualTo("Sweden");
        assertThat(Region.SWEDEN.name().format(Locale.forLanguageTag("sv"))).isEqualTo("Sverige");
        assertThat(Region.parse("22").name().format(Locale.ROOT)).isEqualTo("Västernorrlands län");
        assertThat(Region.parse("22").shortName().format(Locale.ROOT)).isEqualTo("Västernorrland");
        assertThat(Region.parse("2380").name().format(Locale.ROOT)).isEqualTo("Östersunds kommun");

        List<Region> regions = new ArrayList<>(List.of(Region.parse("2281"), Region.parse("23"), Region.parse("0114"),
                Region.SWEDEN, Region.parse("22")));
        Collections.sort(regions);
        assertThat(regions).extracting(Region::code).containsExactly("SE", "22", "23", "0114", "2281");
    }
}
