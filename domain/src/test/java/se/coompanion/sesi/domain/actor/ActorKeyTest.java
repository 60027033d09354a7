package se.coompanion.sesi.domain.actor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import se.coompanion.sesi.domain.shared.DomainException;

class ActorKeyTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Sundsvalls kommun | sundsvalls-kommun",
        "Ånge kommun | ange-kommun",
        "Örnsköldsviks kommun | ornskoldsviks-kommun",
        "Region Jämtland Härjedalen | region-jamtland-harjedalen",
        "  Coompanion - Kooperativ Utveckling Västernorrland  | coompanion-kooperativ-utveckling",
        "Café Ölet & Co. AB | cafe-olet-co-ab",
        "4H-gården i Åre | a-4h-garden-i-are",
        "!!! | actor"})
    void a_key_is_made_from_the_name(String name, String key) {
        assertThat(ActorKey.fromName(name)).isEqualTo(new ActorKey(key));
    }

    @Test
    void a_long_name_is_cut_at_a_word_boundary_within_36_characters() {
        ActorKey key = ActorKey.fromName("Samordningsförbundet för rehabilitering i Västernorrlands län");

        // "samordningsforbundet-for-rehabilitering" is 39 characters: the last whole word within 36 ends at 24.
        assertThat(key.value()).isEqualTo("samordningsforbundet-for");
        assertThat(ActorKey.fromName("x".repeat(50)).value()).hasSize(36);
    }

    @Test
    void a_suffix_makes_a_second_key_and_always_fits() {
        ActorKey key = ActorKey.fromName("Ånge kommun");

        assertThat(key.withSuffix(2).value()).isEqualTo("ange-kommun-2");
        assertThat(new ActorKey("a".repeat(40)).withSuffix(12).value()).isEqualTo("a".repeat(37) + "-12");
        assertThatThrownBy(() -> key.withSuffix(1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_typed_key_is_read_in_any_case_and_must_have_the_shape() {
        assertThat(ActorKey.parse(" Sundsvalls-Kommun ")).isEqualTo(new ActorKey("sundsvalls-kommun"));
        for (String bad : new String[] {"", "1abc", "abc-", "a--b", "ab c", "å", "a".repeat(41)}) {
            assertThatThrownBy(() -> ActorKey.parse(bad)).as(bad).isInstanceOf(DomainException.class)
                    .hasMessageContaining("Actor key");
        }
    }
}
