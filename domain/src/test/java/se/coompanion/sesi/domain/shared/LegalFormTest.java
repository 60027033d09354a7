package se.coompanion.sesi.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class LegalFormTest {

    @ParameterizedTest
    @CsvSource({
        "51, EKONOMISK_FORENING", "61, IDEELL_FORENING", "49, AKTIEBOLAG", "53, BOSTADSRATTSFORENING",
        "54, KOOPERATIV_HYRESRATTSFORENING", "72, STIFTELSE", "82, KOMMUN",
        "Ekonomisk förening, EKONOMISK_FORENING", "ideell forening, IDEELL_FORENING",
        "IDEELL_FORENING, IDEELL_FORENING", "Non-profit association, IDEELL_FORENING",
        "Aktiebolag med särskild vinstutdelningsbegränsning, AKTIEBOLAG_SVB", "AB, AKTIEBOLAG",
        "Statlig myndighet, STATLIG_MYNDIGHET", "Handelsbolag, HANDELSBOLAG"})
    void reads_codes_and_names(String text, LegalForm form) {
        assertThat(LegalForm.parse(text)).isEqualTo(form);
    }

    @Test
    void kooperativ_and_asf_are_not_legal_forms() {
        assertThatThrownBy(() -> LegalForm.parse("Kooperativ")).hasMessageContaining("Legal form Kooperativ");
        assertThatThrownBy(() -> LegalForm.parse("ASF")).hasMessageContaining("51 Ekonomisk förening");
        assertThat(LegalForm.find("")).isEmpty();
    }

    @Test
    void the_jurform_codes_of_the_domain() {
        assertThat(LegalForm.EKONOMISK_FORENING.jurform()).hasValue(51);
        assertThat(LegalForm.AKTIEBOLAG_SVB.jurform()).hasValue(49);
        assertThat(LegalForm.REGION.jurform()).isEmpty();
    }

    @Test
    void a_group_digit_that_disagrees_is_only_unusual() {
        OrganisationNumber seven = OrganisationNumber.parse("716460-3867");
        assertThat(LegalForm.EKONOMISK_FORENING.usualGroup(seven)).isTrue();
        assertThat(LegalForm.IDEELL_FORENING.usualGroup(seven)).isFalse();
        assertThat(LegalForm.KOMMUN.usualGroup(OrganisationNumber.parse("212000-2411"))).isTrue();
        assertThat(LegalForm.OTHER.usualGroup(seven)).isTrue();
        assertThat(LegalForm.IDEELL_FORENING.name(Locale.forLanguageTag("sv"))).isEqualTo("Ideell förening");
    }
}
