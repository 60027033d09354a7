package se.coompanion.sesi.adapters.cli.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.coompanion.sesi.adapters.cli.ExitCode;
import se.coompanion.sesi.adapters.cli.SesiCli;

class StatisticsCommandsTest {

    /** The example file of docs/statistics.md: the demo's file. */
    static final Path EXAMPLE = Path.of("..", "docs", "examples", "statistik.csv");
    static final String HEADER = "indicator,region,year,women,men,unit,women_share,source";

    @TempDir
    Path directory;

    private SesiCli sesi() {
        return new SesiCli(directory);
    }

    /** Only init makes a database (the other commands refuse a missing one). */
    @BeforeEach
    void init() {
        sesi().ok("init");
    }

    private Path csv(String name, String text) throws IOException {
        return Files.writeString(directory.resolve(name), text, StandardCharsets.UTF_8);
    }

    @Test
    void the_documented_example_imports_and_lists_with_the_fixed_csv_header() {
        SesiCli.Result imported = sesi().run("stats", "import", EXAMPLE.toString());

        assertThat(imported.exitCode()).as(imported.toString()).isZero();
        assertThat(imported.out()).contains("Importerade 33 av 33 rader");
        SesiCli.Result list = sesi().run("stats", "list", "--format", "csv");
        assertThat(list.exitCode()).as(list.toString()).isZero();
        assertThat(list.out().lines()).hasSize(34).first().isEqualTo(HEADER);
        // 119800 / (119800 + 304200) = 0.28254... -> 0.2825; PERCENT 31 -> 31 / 100 = 0.3100
        assertThat(list.out().lines()).contains(
                "företagare,SE,2013,119800,304200,COUNT,0.2825,SCB: Arbetskraftsundersökningarna (AKU) 2013",
                "nystartade företag,SE,2022,31,,PERCENT,0.3100,Tillväxtanalys: Nystartade företag 2022",
                // 4200 / (4200 + 11800) = 4200 / 16000 = 0.2625
                "företagare,22,2013,4200,11800,COUNT,0.2625,Exempeldata: Påhittade siffror för SESI-demon (inte statistik)",
                // 170 / (170 + 520) = 0.24637... -> 0.2464
                "företagare,2260,2013,170,520,COUNT,0.2464,Exempeldata: Påhittade siffror för SESI-demon (inte statistik)");
        assertThat(list.out().lines().skip(1).map(l -> l.split(",")[1]).limit(3)).containsExactly("SE", "22", "22");
    }

    @Test
    void people_see_shares_the_difference_from_sweden_and_the_example_flag_in_their_language() {
        sesi().run("stats", "import", EXAMPLE.toString());

        SesiCli.Result swedish = sesi().run("stats", "list");
        SesiCli.Result english = sesi().run("--lang", "en", "stats", "list");

        assertThat(swedish.out()).contains("Kvinnors andel", "28,3 %", "SE Sverige", "22 Västernorrlands län",
                "Mot Sverige", "Exempeldata");
        // Västernorrland 2013 against Sweden: (0.2625 - 0.2825471698) * 100 = -2.0 points
        assertThat(swedish.out().lines().filter(l -> l.contains("22 Västernorrlands län") && l.contains("2013")))
                .singleElement().satisfies(l -> assertThat(l).contains("\u22122,0", " ja ").doesNotContain("-2,0"));
        assertThat(english.out()).contains("Women's share", "28.3 %", "SE Sweden", "Against Sweden", "yes");
    }

    @Test
    void every_bad_row_is_reported_with_file_line_and_column_and_nothing_is_stored() throws IOException {
        Path file = csv("fel.csv", """
                indikator;region;ar;kvinnor;man;enhet;kalla_utgivare;kalla_titel;kalla_ar;kalla_url
                företagare;SE;2013;119800;304200;COUNT;SCB;AKU 2013;;
                företagare;114;2013;10;20;COUNT;SCB;AKU 2013;;
                företagare;22;2013;10;;COUNT;;AKU 2013;;
                nystartade företag;SE;2022;31 %;;PERCENT;Tillväxtanalys;Nystartade företag 2022;;
                """);

        SesiCli.Result result = sesi().run("--lang", "en", "stats", "import", file.toString());

        assertThat(result.exitCode()).as(result.toString()).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(result.err().lines()).containsExactly(
                file + ":3: region: Region 114: the leading zero is missing (a spreadsheet drops it): write 0114",
                file + ":4: kalla_utgivare/source_publisher: the source's publisher is missing: every figure needs its source",
                file + ":4: man/men: a COUNT row needs the number of men too (women's share = women / (women + men))",
                file + ":5: kvinnor/women: Number 31 %: write the number without %; the unit column says PERCENT");
        assertThat(result.err()).doesNotContain("Exception");
        assertThat(sesi().run("stats", "list", "--format", "csv").out()).isEqualTo(HEADER + "\n");
    }

    @Test
    void an_unknown_column_is_reported_on_the_header_line() throws IOException {
        Path file = csv("typo.csv", "indikator,region,ar,kvinnor,man,enhet,kalla_utgivare,kalla_titel,kalla\n");

        SesiCli.Result result = sesi().run("--lang", "en", "stats", "import", file.toString());

        assertThat(result.exitCode()).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(result.err()).contains(file + ":1: kalla: unknown column kalla");
    }

    @Test
    void the_same_file_twice_stores_nothing_new_and_a_stored_figure_needs_replace() throws IOException {
        sesi().run("stats", "import", EXAMPLE.toString());

        SesiCli.Result again = sesi().run("--lang", "en", "stats", "import", EXAMPLE.toString());
        assertThat(again.exitCode()).isZero();
        assertThat(again.out()).contains("was already imported").contains("nothing new was stored");

        Path corrected = csv("rättad.csv", """
                indicator,region,year,women,men,unit,source_publisher,source_title,source_year,source_url
                företagare,SE,2013,119800,304200,COUNT,SCB,Arbetskraftsundersökningarna (AKU) 2013,2014,https://example.org/aku
                """);
        SesiCli.Result stored = sesi().run("--lang", "en", "stats", "import", corrected.toString());
        assertThat(stored.exitCode()).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(stored.err()).contains(corrected + ":2: a figure for företagare, SE, 2013 is already stored");

        SesiCli.Result replaced = sesi().run("stats", "import", corrected.toString(), "--replace");
        assertThat(replaced.exitCode()).as(replaced.toString()).isZero();
        assertThat(sesi().run("stats", "list", "--format", "csv").out())
                .contains("företagare,SE,2013,119800,304200,COUNT,0.2825,SCB: Arbetskraftsundersökningarna (AKU) 2013 (2014)");
    }

    @Test
    void help_is_in_swedish_by_default_and_in_english_on_request() {
        SesiCli.Result swedish = sesi().run("stats", "import", "--help");
        SesiCli.Result english = sesi().run("--lang", "en", "stats", "--help");

        assertThat(swedish.out()).contains("Importera statistiska siffror från en CSV-fil", "kalla_utgivare",
                "CSV-filen att importera", "--replace");
        assertThat(english.out()).contains("Statistics on women's entrepreneurship", "import", "list");
    }

    @Test
    void an_empty_database_lists_nothing_with_a_hint() {
        SesiCli.Result result = sesi().run("--lang", "en", "stats", "list");

        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).contains("sesi stats import FILE");
    }
}
