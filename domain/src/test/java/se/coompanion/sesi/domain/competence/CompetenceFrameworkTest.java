package se.coompanion.sesi.domain.competence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import se.coompanion.sesi.domain.shared.DomainException;

class CompetenceFrameworkTest {

    private static final Locale SV = Locale.forLanguageTag("sv");

    private static FrameworkRow row(String key, String area, String name, String english, String areaName,
            String areaEnglish) {
        return new FrameworkRow(CompetenceKey.parse(key), CompetenceKey.parse(area), name, Optional.ofNullable(english),
                Optional.ofNullable(areaName), Optional.ofNullable(areaEnglish));
    }

    @Test
    void the_standard_framework_is_entrecomp_and_the_social_economy() {
        CompetenceFramework standard = CompetenceFramework.standard();

        // EntreComp: 3 areas of 5 competences; domain.md's social economy: 10 competences
        assertThat(standard.competences()).hasSize(25);
        assertThat(standard.areas()).extracting(a -> a.key().value())
                .containsExactly("ideas_and_opportunities", "resources", "into_action", "social_economy");
        assertThat(standard.areas()).extracting(a -> a.name(Locale.ROOT))
                .containsExactly("Ideas and opportunities", "Resources", "Into action", "Social economy");
        assertThat(standard.areas().get(0).name(SV)).isEqualTo("Idéer och möjligheter");
        assertThat(standard.competences().stream().filter(c -> c.area().key().value().equals("social_economy")))
                .extracting(c -> c.key().value()).containsExactly("public_procurement", "work_integration_supervision",
                        "financing_and_grants", "board_and_governance", "impact_measurement",
                        "public_sector_cooperation", "digital_skills", "marketing_and_sales", "financial_management",
                        "work_environment");
        Competence procurement = standard.require("PUBLIC-PROCUREMENT");
        assertThat(procurement.name(SV)).isEqualTo("Offentlig upphandling och reserverade kontrakt");
        assertThat(procurement.title().format(Locale.ROOT)).isEqualTo("Public procurement and reserved contracts");
        assertThat(standard.require("coping_with_uncertainty").name(SV))
                .isEqualTo("Hantera osäkerhet, tvetydighet och risk");
        assertThat(standard.position(CompetenceKey.parse("creativity"))).isEqualTo(1);
    }

    @Test
    void an_unknown_key_names_the_keys_there_are() {
        assertThatThrownBy(() -> CompetenceFramework.standard().require("procurement"))
                .isInstanceOf(DomainException.class)
                .hasMessageStartingWith("Competence procurement is not in the competence framework; its keys are: "
                        + "spotting_opportunities, creativity");
    }

    @Test
    void a_framework_of_a_file_takes_area_names_from_the_lines_that_give_them() {
        CompetenceFramework framework = CompetenceFramework.assemble(List.of(
                row("upphandling", "social_ekonomi", "Upphandling", "Procurement", null, null),
                row("styrelse", "social_ekonomi", "Styrelsearbete", null, "Social ekonomi", "Social economy"),
                row("digitalt", "vardag", "Digital kompetens", null, null, null)));

        assertThat(framework.competences()).hasSize(3);
        assertThat(framework.require("upphandling").area().name(SV)).isEqualTo("Social ekonomi");
        // no English name: the Swedish one
        assertThat(framework.require("styrelse").name(Locale.ROOT)).isEqualTo("Styrelsearbete");
        // an area nobody named is called by its key
        assertThat(framework.require("digitalt").area().name(SV)).isEqualTo("Vardag");
        assertThat(framework.areas()).hasSize(2);
    }

    @Test
    void an_area_has_one_name_and_a_key_is_in_the_framework_once() {
        assertThatThrownBy(() -> CompetenceFramework.assemble(List.of(
                row("a", "x", "A", null, "Ett", null), row("b", "x", "B", null, "Två", null))))
                .hasMessage("Area x has two names: Ett and Två; give the same name on every line of the area, or only "
                        + "on one");
        assertThatThrownBy(() -> CompetenceFramework.assemble(List.of(row("a", "x", "A", null, null, null),
                row("a", "y", "B", null, null, null)))).hasMessageContaining("Competence a is in the framework twice");
        assertThatThrownBy(() -> CompetenceFramework.of(List.of())).hasMessageContaining("at least one competence");
    }

    @Test
    void keys_are_lower_case_words_joined_by_underscores() {
        assertThat(CompetenceKey.parse(" Digital Skills ").value()).isEqualTo("digital_skills");
        assertThatThrownBy(() -> CompetenceKey.parse("1st")).hasMessageStartingWith("Key 1st: write lower-case");
        assertThatThrownBy(() -> CompetenceKey.parse("upphandling_å")).isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> CompetenceKey.parse("x".repeat(41))).isInstanceOf(DomainException.class);
    }
}
