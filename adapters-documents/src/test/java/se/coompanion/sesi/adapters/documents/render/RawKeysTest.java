package se.coompanion.sesi.adapters.documents.render;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The raw-key check finds each kind of key it looks for, and nothing in Swedish prose with numbers and addresses. */
class RawKeysTest {

    @Test
    void each_kind_of_raw_key_is_found() {
        assertThat(RawKeys.in("Kompetenser: work_integration_supervision|work_environment.")).hasSize(2)
                .allMatch(f -> f.startsWith("snake_case word"));
        assertThat(RawKeys.in("Underlag need:PUBLIC_PROCUREMENT och seminar:1/2 samt behov_handledning:4+5"))
                .anyMatch(f -> f.startsWith("UPPER_SNAKE constant \"PUBLIC_PROCUREMENT\""))
                .anyMatch(f -> f.startsWith("kind:value reference \"need:PUBLIC_PROCUREMENT\""))
                .anyMatch(f -> f.startsWith("kind:value reference \"seminar:1/2\""))
                .anyMatch(f -> f.startsWith("kind:value reference \"handledning:4+5\""));
        assertThat(RawKeys.in("Kopplingarna (docs/synthesis.md) gäller.")).singleElement().asString()
                .startsWith("file path");
        assertThat(RawKeys.in("Rangordningen visas av (sesi competence ranking).")).singleElement().asString()
                .startsWith("command");
        assertThat(RawKeys.in("Kör sesi\ncompetence ranking, radbrutet som i en PDF.")).singleElement().asString()
                .startsWith("command");
        assertThat(RawKeys.in("behov: Föreningen behöver stöd (SINGLE)")).singleElement().asString()
                .startsWith("question type");
        assertThat(RawKeys.in("senast framtaget 2026-12-07 (md, en)")).singleElement().asString()
                .startsWith("format code");
    }

    @Test
    void prose_numbers_times_acronyms_and_addresses_are_not_keys() {
        assertThat(RawKeys.in("Övrigt: Bostäder. Kl. 05:04 svarade 34,9 % (RR2); 1 081 av 1 200. SESI-demon, "
                + "ESF+ (programområde D), AKU. Se https://www.scb.se/hitta_statistik/a_b och Mendelow (1991).")).isEmpty();
        assertThat(RawKeys.textOfHtml("<h3>Fråga</h3><p class=\"variable\">Variabel: <code>behov_finansiering</code>"
                + "</p><p>Text &amp; mer</p>")).doesNotContain("behov_finansiering").contains("Text & mer");
        assertThat(RawKeys.textOfMarkdown("<small class=\"variable\">Variabel: behov\\_x</small>\n\nbra\\_text"))
                .doesNotContain("behov").contains("bra_text");
        assertThat(RawKeys.textOfPdf("Stöd?\nVariabel: behov_x Varje stapel\nVariable: stod_y\nen annan_nyckel"))
                .doesNotContain("behov_x").doesNotContain("stod_y").contains("Varje stapel", "annan_nyckel");
    }
}
