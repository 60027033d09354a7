package se.coompanion.sesi.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ValueObjectsTest {

    @Test
    void percentage_accepts_0_to_100_with_two_decimals() {
        assertThat(Percentage.parse("40 %").value()).isEqualByComparingTo("40");
        assertThat(Percentage.parse("12,5").value()).isEqualByComparingTo("12.5");
        assertThat(Percentage.parse("100").asFraction()).isEqualTo(1.0);
        assertThat(Percentage.parse("0").toString()).isEqualTo("0 %");
        assertThat(new Percentage(new BigDecimal("40.00")).toString()).isEqualTo("40 %");
        assertThatThrownBy(() -> Percentage.parse("100.01")).hasMessageContaining("from 0 to 100");
        assertThatThrownBy(() -> Percentage.parse("-1")).hasMessageContaining("from 0 to 100");
        assertThatThrownBy(() -> Percentage.parse("12.345")).hasMessageContaining("two decimals");
        assertThatThrownBy(() -> Percentage.parse("forty")).hasMessageContaining("Percentage forty");
    }

    @Test
    void date_range_includes_both_ends_and_rejects_a_reversed_range() {
        DateRange year = DateRange.of(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31));
        assertThat(year.days()).isEqualTo(366);
        assertThat(year.contains(LocalDate.of(2024, 12, 31))).isTrue();
        assertThat(year.contains(LocalDate.of(2025, 1, 1))).isFalse();
        assertThatThrownBy(() -> DateRange.of(LocalDate.of(2024, 2, 1), LocalDate.of(2024, 1, 1)))
                .hasMessage("Date range 2024-02-01 to 2024-01-01: the end is before the start");
    }

    @ParameterizedTest
    @ValueSource(strings = {"23-032-S01", "2023/1234", "Dnr 2024-15", "ESF-2024.7"})
    void case_number_is_kept_as_written_and_checked_loosely(String text) {
        assertThat(CaseNumber.parse(text).value()).isEqualTo(text);
    }

    @Test
    void case_number_knows_the_esf_shape_but_does_not_demand_it() {
        assertThat(CaseNumber.parse("23-032-S01").hasEsfShape()).isTrue();
        assertThat(CaseNumber.parse("2023/1234").hasEsfShape()).isFalse();
        assertThatThrownBy(() -> CaseNumber.parse("")).hasMessageContaining("Case number");
        assertThatThrownBy(() -> CaseNumber.parse("23--032")).hasMessageContaining("Case number 23--032");
        assertThatThrownBy(() -> CaseNumber.parse("x".repeat(41))).hasMessageContaining("at most 40");
    }

    @Test
    void gender_counts_add_up_and_refuse_negative_numbers() {
        GenderCounts counts = GenderCounts.of(Map.of(Gender.WOMAN, 11, Gender.MAN, 8)).plus(Gender.NOT_STATED, 1);
        assertThat(counts.total()).isEqualTo(20);
        assertThat(counts.get(Gender.WOMAN)).isEqualTo(11);
        assertThat(counts.plus(GenderCounts.one(Gender.NON_BINARY)).nonBinary()).isEqualTo(1);
        assertThatThrownBy(() -> new GenderCounts(-1, 0, 0, 0)).hasMessageContaining("cannot be negative");
    }

    @Test
    void gender_reads_codes_and_common_words() {
        assertThat(Gender.parse("kvinna")).isEqualTo(Gender.WOMAN);
        assertThat(Gender.parse("MAN")).isEqualTo(Gender.MAN);
        assertThat(Gender.parse("non-binary")).isEqualTo(Gender.NON_BINARY);
        assertThat(Gender.parse("")).isEqualTo(Gender.NOT_STATED);
        assertThatThrownBy(() -> Gender.parse("q")).hasMessageContaining("allowed are WOMAN, MAN");
    }

    @Test
    void a_message_is_english_by_default_and_swedish_on_request() {
        Message message = Message.of(PostalCode.class, "postalCode.shape", "123");
        assertThat(message.toString()).startsWith("Postal code 123:");
        assertThat(message.format(Locale.forLanguageTag("sv"))).startsWith("Postnummer 123:");
        assertThat(message.format(Locale.GERMAN)).startsWith("Postal code 123:");
        assertThat(Message.literal("as is").format(Locale.forLanguageTag("sv"))).isEqualTo("as is");
        assertThat(Message.of(PostalCode.class, "no.such.key", 1).toString()).isEqualTo("no.such.key [1]");
    }
}
