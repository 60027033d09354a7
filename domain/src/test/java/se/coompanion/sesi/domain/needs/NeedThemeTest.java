package se.coompanion.sesi.domain.needs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import se.coompanion.sesi.domain.shared.Theme;

class NeedThemeTest {

    @Test
    void a_theme_of_the_list_is_read_by_its_code() {
        assertThat(NeedTheme.parse("work-integration")).isEqualTo(NeedTheme.of(Theme.WORK_INTEGRATION));
        assertThat(NeedTheme.parse("PUBLIC_PROCUREMENT").code()).isEqualTo("PUBLIC_PROCUREMENT");
    }

    @Test
    void a_project_extends_the_list_with_other_and_a_label() {
        NeedTheme housing = NeedTheme.parse("OTHER:  Bostäder för  unga");

        assertThat(housing.theme()).isEqualTo(Theme.OTHER);
        assertThat(housing.label()).contains("Bostäder för unga");
        assertThat(housing.code()).isEqualTo("OTHER: Bostäder för unga");
        assertThat(NeedTheme.parse("övrigt: bostäder FÖR unga")).isEqualTo(housing).hasSameHashCodeAs(housing);
        assertThat(housing.title().format(Locale.forLanguageTag("sv"))).isEqualTo("Övrigt: Bostäder för unga");
        assertThat(housing.title().format(Locale.ROOT)).isEqualTo("Other: Bostäder för unga");
        assertThat(NeedTheme.parse("OTHER")).isEqualTo(NeedTheme.of(Theme.OTHER));
    }

    @Test
    void a_label_goes_only_with_other_and_a_typo_is_never_a_theme() {
        assertThatThrownBy(() -> NeedTheme.parse("FINANCING: loans"))
                .hasMessage("Theme FINANCING: loans is a label, and a label goes only with OTHER (write OTHER: loans)");
        assertThatThrownBy(() -> NeedTheme.parse("FINANCE")).hasMessageStartingWith("Theme FINANCE: allowed are");
        assertThatThrownBy(() -> NeedTheme.parse("OTHER:")).hasMessageContaining("write the label after the colon");
    }

    @Test
    void themes_sort_in_the_order_of_the_list_then_by_label() {
        assertThat(java.util.stream.Stream.of(NeedTheme.other("b"), NeedTheme.of(Theme.FINANCING),
                NeedTheme.other("A"), NeedTheme.of(Theme.WORK_INTEGRATION)).sorted().map(NeedTheme::code))
                .containsExactly("WORK_INTEGRATION", "FINANCING", "OTHER: A", "OTHER: b");
    }
}
