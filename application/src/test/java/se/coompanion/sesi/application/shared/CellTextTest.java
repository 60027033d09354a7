package se.coompanion.sesi.application.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CellTextTest {

    @ParameterizedTest
    @ValueSource(strings = {"=HYPERLINK(\"http://x\";\"klicka\")", "=1+1", "@SUM(A1:A2)", "+cmd|' /C calc'!A0",
        "-2+3+cmd|' /C calc'!A0", "+A1", "-A1*2", "- cmd|' /C calc'!A0", "  =1+1"})
    void a_cell_a_spreadsheet_would_run_is_refused(String cell) {
        assertThat(CellText.check(cell)).isPresent();
        assertThat(CellText.check(cell).orElseThrow().format(Locale.ENGLISH)).contains("formula");
    }

    @ParameterizedTest
    @ValueSource(strings = {"-2,5", "-12", "+46 70-123 45 67", "+46 (0)60-12 34 56", "-0.5", "-", "+",
        "- punkt i en lista", "Sundsvall", "", "Föreningen = arbetsintegrerande", "a@b.se", "1+1"})
    void numbers_telephone_numbers_bullets_and_text_are_allowed(String cell) {
        assertThat(CellText.check(cell)).as(cell).isEmpty();
    }

    @Test
    void a_control_character_is_refused_with_its_code() {
        assertThat(CellText.check("Kramfors\u0007").orElseThrow().format(Locale.ENGLISH)).contains("U+0007");
        assertThat(CellText.check("\u001b[31mröd").orElseThrow().format(Locale.ENGLISH)).contains("U+001B");
        assertThat(CellText.check("a\u0000b")).isPresent();
        assertThat(CellText.check("a\u0085b")).as("C1 control").isPresent();
    }

    @Test
    void tabs_and_line_breaks_inside_a_quoted_field_are_text() {
        for (String text : List.of("rad ett\nrad två", "rad ett\r\nrad två", "kolumn\tkolumn")) {
            assertThat(CellText.check(text)).as(text).isEmpty();
        }
    }

    @Test
    void a_byte_order_mark_inside_the_text_is_refused() {
        assertThat(CellText.check("namn\uFEFF").orElseThrow().format(Locale.ENGLISH)).contains("byte order mark");
    }

    @Test
    void the_message_is_swedish_too() {
        assertThat(CellText.check("=1+1").orElseThrow().format(Locale.forLanguageTag("sv")))
                .contains("kalkylbladsformel");
    }
}
