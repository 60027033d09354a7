package se.coompanion.sesi.application.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.coompanion.sesi.application.SesiApplication;
import se.coompanion.sesi.application.shared.ImportOptions;
import se.coompanion.sesi.application.shared.ImportReport;
import se.coompanion.sesi.application.shared.InvalidInputException;
import se.coompanion.sesi.application.shared.Problem;
import se.coompanion.sesi.application.shared.TabularSource;
import se.coompanion.sesi.application.statistics.port.in.ImportStatistics;
import se.coompanion.sesi.application.testing.InMemorySesiPorts;
import se.coompanion.sesi.application.testing.TestValidation;
import se.coompanion.sesi.domain.statistics.Figure;
import se.coompanion.sesi.domain.statistics.FigureValues;
import se.coompanion.sesi.domain.statistics.Indicator;
import se.coompanion.sesi.domain.statistics.Region;
import se.coompanion.sesi.domain.statistics.Statistics;

class StatisticsServiceTest {

    /** cli.md's Swedish header, exactly. */
    static final List<String> SWEDISH = List.of("indikator", "region", "ar", "kvinnor", "man", "enhet",
            "kalla_utgivare", "kalla_titel", "kalla_ar", "kalla_url");

    static final List<String> SCB_2013 = List.of("företagare", "SE", "2013", "119800", "304200", "COUNT", "SCB",
            "Arbetskraftsundersökningarna (AKU) 2013", "", "");
    static final List<String> NEW_FIRMS_2022 = List.of("nystartade företag", "SE", "2022", "31", "", "PERCENT",
            "Tillväxtanalys", "Nystartade företag 2022", "", "");

    private final InMemorySesiPorts ports = new InMemorySesiPorts();
    private final SesiApplication sesi = TestValidation.application(ports);

    static TabularSource table(String name, List<String> header, List<List<String>> rows) {
        return TabularSource.of(name, header, rows);
    }

    private ImportReport importRows(List<String> header, List<List<String>> rows) {
        return sesi.statistics().importStatistics().importStatistics(new ImportStatistics.Command(table("statistik.csv",
                header, rows), ImportOptions.ALL_OR_NOTHING));
    }

    @Test
    void imports_counts_and_percents_with_cli_mds_swedish_header() {
        ImportReport report = importRows(SWEDISH, List.of(SCB_2013, NEW_FIRMS_2022));

        assertThat(report.rowsStored()).isEqualTo(2);
        Statistics statistics = sesi.statistics().listStatistics().list();
        Figure owners = statistics.find(Indicator.of("Företagare"), Region.SWEDEN, 2013).orElseThrow();
        // 119800 / (119800 + 304200) = 119800 / 424000 = 0.2825471698
        assertThat(owners.womenShare()).isEqualByComparingTo("0.2825471698");
        assertThat(owners.source().citation()).isEqualTo("SCB: Arbetskraftsundersökningarna (AKU) 2013");
        assertThat(owners.example()).isFalse();
        Figure newFirms = statistics.find(Indicator.of("nystartade företag"), Region.SWEDEN, 2022).orElseThrow();
        // PERCENT: 31 / 100 = 0.31, not divided by women + men
        assertThat(newFirms.womenShare()).isEqualByComparingTo("0.31");
        assertThat(((FigureValues.Percents) newFirms.values()).men()).isEmpty();
        assertThat(ports.importLog().all()).singleElement()
                .satisfies(r -> assertThat(r.kind()).isEqualTo(StatisticsService.IMPORT_KIND));
    }

    @Test
    void imports_english_names_the_optional_base_and_example_columns_and_source_year_and_address() {
        List<String> header = List.of("Indicator", "Region", "Year", "Women", "Men", "Unit", "Source_Publisher",
                "Source_Title", "Source_Year", "Source_URL", "Base", "Example_Data");
        importRows(header, List.of(
                List.of("nystartade företag", "SE", "2022", "31", "", "percent", "Tillväxtanalys",
                        "Nystartade företag 2022", "2023", "https://example.org/nystartade", "73 183", "nej"),
                List.of("nystartade företag", "22", "2022", "29,5", "70,5", "procent", "Exempeldata",
                        "Påhittade siffror", "", "", "", "ja")));

        Statistics statistics = sesi.statistics().listStatistics().list();
        Figure national = statistics.figures().get(0);
        Figure county = statistics.figures().get(1);
        assertThat(((FigureValues.Percents) national.values()).base()).hasValue(73_183);
        assertThat(national.source().year()).hasValue(2023);
        assertThat(national.source().url()).contains("https://example.org/nystartade");
        assertThat(county.example()).isTrue();
        assertThat(county.womenShare()).isEqualByComparingTo("0.295");
        // (0.295 - 0.31) * 100 = -1.5 points
        assertThat(statistics.againstNational(county).orElseThrow().points()).isEqualByComparingTo("-1.5");
    }

    @Test
    void every_problem_of_every_row_is_reported_at_once_and_nothing_is_stored() {
        List<List<String>> rows = List.of(
                SCB_2013,
                List.of("företagare", "26", "13", "1", "2", "COUNT", "SCB", "AKU", "", ""),
                List.of("företagare", "22", "2013", "119,8", "", "COUNT", "", "", "", ""),
                List.of("nystartade företag", "2281", "2022", "104", "10", "PERCENT", "X", "Y", "23",
                        "ftp://x"),
                List.of("nystartade företag", "2380", "2022", "60", "45", "procent", "X", "Y", "", ""),
                List.of("", "SE", "2020", "1", "1", "styck", "X", "Y", "", ""),
                List.of("företagare", "23", "2013", "10", "20", "COUNT", "X", "Y", "", ""));

        assertThatThrownBy(() -> importRows(SWEDISH, rows))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    List<String> shown = e.problems().stream().map(Problem::toString).toList();
                    assertThat(shown).containsExactly(
                            "statistik.csv:3: region: County code 26: not one of the 21 Swedish county codes (01-25, for example 22 Västernorrland)",
                            "statistik.csv:3: ar/year: Year 13: write a year from 1900 to 2100",
                            "statistik.csv:4: kalla_utgivare/source_publisher: the source's publisher is missing: every figure needs its source",
                            "statistik.csv:4: kalla_titel/source_title: the source's title is missing: every figure needs its source",
                            "statistik.csv:4: kvinnor/women: Count 119.8: a count is a whole number (write thousands out in full, 119800 rather than 119,8 thousand)",
                            "statistik.csv:4: man/men: a COUNT row needs the number of men too (women's share = women / (women + men))",
                            "statistik.csv:5: kalla_ar/source_year: Source year 23: write a year from 1900 to 2100",
                            "statistik.csv:5: kalla_url/source_url: Source address ftp://x: write a web address starting with http:// or https:// (no spaces, quotes, brackets)",
                            "statistik.csv:5: kvinnor/women: Percentage 104: must be from 0 to 100 with at most two decimals",
                            "statistik.csv:6: Women 60 % and men 45 %: together more than 101 %; PERCENT values are percentages of the same total",
                            "statistik.csv:7: indikator/indicator: a value is required",
                            "statistik.csv:7: enhet/unit: Unit styck: allowed are COUNT (antal) and PERCENT (procent)");
                });
        assertThat(ports.statisticalFigures().all()).isEmpty();
        assertThat(ports.importLog().all()).isEmpty();
    }

    @Test
    void a_second_row_with_the_same_indicator_region_and_year_is_an_error_for_the_later_row() {
        List<String> again = List.of("Företagare", "SE", "2013", "1", "2", "COUNT", "SCB", "AKU", "", "");

        assertThatThrownBy(() -> importRows(SWEDISH, List.of(SCB_2013, NEW_FIRMS_2022, again)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .singleElement().hasToString("statistik.csv:4: the same indicator, region and year as line 2: "
                                + "one figure per indicator, region and year (Företagare, SE, 2013)"));
    }

    @Test
    void a_figure_already_stored_is_an_error_unless_replacing() {
        importRows(SWEDISH, List.of(SCB_2013));
        List<String> corrected = List.of("företagare", "SE", "2013", "119800", "304200", "COUNT", "SCB",
                "AKU 2013, rättad", "2014", "");

        assertThatThrownBy(() -> importRows(SWEDISH, List.of(corrected, NEW_FIRMS_2022)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems()).singleElement()
                        .hasToString("statistik.csv:2: a figure for företagare, SE, 2013 is already stored: one figure "
                                + "per indicator, region and year (import with --replace to replace stored figures)"));

        ImportReport replaced = sesi.statistics().importStatistics().importStatistics(new ImportStatistics.Command(
                table("rättad.csv", SWEDISH, List.of(corrected, NEW_FIRMS_2022)), ImportOptions.ALL_OR_NOTHING, true));

        assertThat(replaced.rowsStored()).isEqualTo(2);
        assertThat(sesi.statistics().listStatistics().list().figures()).hasSize(2)
                .anySatisfy(f -> assertThat(f.source().title()).isEqualTo("AKU 2013, rättad"));
    }

    @Test
    void the_same_file_twice_stores_nothing_new() {
        importRows(SWEDISH, List.of(SCB_2013, NEW_FIRMS_2022));

        ImportReport again = importRows(SWEDISH, List.of(SCB_2013, NEW_FIRMS_2022));

        assertThat(again.alreadyImported()).isTrue();
        assertThat(again.rowsStored()).isZero();
        assertThat(ports.statisticalFigures().count()).isEqualTo(2);
    }

    @Test
    void skip_invalid_stores_the_good_rows_and_rejects_the_others_with_reasons() {
        List<String> bad = List.of("företagare", "SE", "2014", "1", "1", "COUNT", "", "AKU", "", "");
        List<List<String>> rejected = new ArrayList<>();

        ImportReport report = sesi.statistics().importStatistics().importStatistics(new ImportStatistics.Command(
                table("statistik.csv", SWEDISH, List.of(SCB_2013, bad)),
                ImportOptions.skipInvalid((header, row, problems) -> rejected.add(row.values()))));

        assertThat(report.rowsStored()).isEqualTo(1);
        assertThat(report.rowsRejected()).isEqualTo(1);
        assertThat(rejected).containsExactly(bad);
    }

    @Test
    void the_list_is_empty_before_any_import() {
        assertThat(sesi.statistics().listStatistics().list().isEmpty()).isTrue();
    }
}
