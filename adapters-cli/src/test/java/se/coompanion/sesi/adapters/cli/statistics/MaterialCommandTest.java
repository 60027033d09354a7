package se.coompanion.sesi.adapters.cli.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static se.coompanion.sesi.adapters.cli.statistics.StatisticsCommandsTest.EXAMPLE;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.coompanion.sesi.adapters.cli.ExitCode;
import se.coompanion.sesi.adapters.cli.SesiCli;
import se.coompanion.sesi.adapters.documents.render.HtmlStructure;
import se.coompanion.sesi.adapters.documents.render.pdf.PdfText;

class MaterialCommandTest {

    @TempDir
    Path directory;

    private SesiCli sesi() {
        return new SesiCli(directory);
    }

    private Path out() {
        return directory.resolve("material");
    }

    private void initAndImport(Path file) {
        assertThat(sesi().run("init").exitCode()).isZero();
        SesiCli.Result imported = sesi().run("stats", "import", file.toString());
        assertThat(imported.exitCode()).as(imported.toString()).isZero();
    }

    private String status() {
        return sesi().run("status", "--format", "csv").out().lines()
                .filter(l -> l.startsWith("INFORMATION_MATERIAL,")).findFirst().orElseThrow();
    }

    @Test
    void the_material_needs_a_pre_study_and_statistics() {
        SesiCli.Result noPreStudy = sesi().run("--lang", "en", "material", "--out", out().toString());
        assertThat(noPreStudy.exitCode()).isEqualTo(ExitCode.NOT_FOUND);
        assertThat(noPreStudy.err()).contains("sesi init");

        sesi().run("init");
        SesiCli.Result noStatistics = sesi().run("--lang", "en", "material", "--out", out().toString());
        assertThat(noStatistics.exitCode()).isEqualTo(ExitCode.NOT_FOUND);
        assertThat(noStatistics.err()).contains("sesi stats import FILE").doesNotContain("Exception");
        assertThat(out()).doesNotExist();
    }

    @Test
    void html_is_written_in_swedish_by_default_and_the_production_counts_for_the_activity() throws IOException {
        initAndImport(EXAMPLE);
        assertThat(status()).isEqualTo("INFORMATION_MATERIAL,1,0,MATERIALS,0.0,IN_PROGRESS");

        SesiCli.Result result = sesi().run("material", "--out", out().toString());

        Path file = out().resolve("informationsmaterial-sv.html");
        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(result.out()).contains("Skrev informationsmaterialet: " + file);
        assertThat(result.err()).contains("materialet använder exempeldata");
        assertThat(status()).isEqualTo("INFORMATION_MATERIAL,1,1,MATERIALS,100.0,DONE");
        assertThat(sesi().run("status").out()).contains("senast framtaget 2024-05-02 som HTML på svenska; framtaget en gång");

        String html = Files.readString(file, StandardCharsets.UTF_8);
        assertThat(HtmlStructure.problems(html, "sources")).isEmpty();
        assertThat(HtmlStructure.headings(html)).containsExactly(
                "h1 Kvinnors företagande i Mellersta Norrland",
                "h2 Om materialet",
                "h2 Nyckeltal",
                "h2 Företagare",
                "h3 Kvinnors andel av företagare, 2013: Mellersta Norrland jämfört med Sverige",
                "h3 Kvinnors andel av företagare över åren, 2013–2022",
                "h3 Kommentarer",
                "h2 Nystartade företag",
                "h3 Kvinnors andel av nystartade företag, 2022: Mellersta Norrland jämfört med Sverige",
                "h3 Kvinnors andel av nystartade företag över åren, 2019–2022",
                "h3 Kommentarer",
                "h2 Källor");
        assertThat(HtmlStructure.figureCount(html)).isEqualTo(4);
        assertThat(html).contains("<html lang=\"sv\">", "@page { size: A4;", "<title>Kvinnors företagande i "
                + "Mellersta Norrland</title>");
    }

    @Test
    void every_example_figure_is_labelled_and_the_real_ones_are_not() throws IOException {
        initAndImport(EXAMPLE);
        sesi().run("material", "--out", out().toString());
        String html = Files.readString(out().resolve("informationsmaterial-sv.html"), StandardCharsets.UTF_8);

        assertThat(html).contains("<p class=\"example\" role=\"note\"><strong>Exempeldata.</strong>");
        List<String> rows = matches(html, "<tr><th scope=\"row\">.*?</tr>");
        assertThat(rows).hasSize(3 + 15 + 4 + 3 + 4);
        for (String row : rows) {
            boolean national = row.startsWith("<tr><th scope=\"row\">Sverige<");
            boolean labelled = row.contains("<span class=\"example-label\">Exempeldata</span>");
            if (national) {
                assertThat(labelled).as("the real national figure is not an example: " + row).isFalse();
            } else if (!row.matches("<tr><th scope=\"row\">20[0-9]{2}</th>.*")) {
                assertThat(labelled).as("a regional figure of the demo is an example: " + row).isTrue();
            }
        }
        // the years table: every made-up cell is labelled, the national cell of 2013 is not
        assertThat(rows.stream().filter(r -> r.startsWith("<tr><th scope=\"row\">2013</th>")).findFirst().orElseThrow())
                .contains("<td class=\"number\">28,3\u00a0%</td>", "26,3\u00a0% <span class=\"example-label\">");
        // bar labels in the chart say it too
        assertThat(html).contains(">Västernorrland (Exempeldata)</tspan>", ">Sverige</text>");
        List<String> keyFigures = matches(html, "<li><span class=\"figure\">.*?</li>");
        assertThat(keyFigures).hasSize(6);
        assertThat(keyFigures.get(0)).contains("28,3\u00a0%", "Sverige 2013", "Källa: SCB").doesNotContain("example-label");
        assertThat(keyFigures.get(1)).contains("26,3\u00a0%", "Exempeldata", "2,0 procentenheter under Sverige (28,3\u00a0%)");
        assertThat(keyFigures.get(3)).contains("31,0\u00a0%", "av totalt 73\u00a0183").doesNotContain("example-label");
        List<String> sources = matches(html, "<ul class=\"sources\">.*?</ul>");
        assertThat(sources).singleElement().satisfies(s -> assertThat(s)
                .contains("SCB: Arbetskraftsundersökningarna (AKU) 2013", "Tillväxtanalys: Nystartade företag 2022",
                        "Exempeldata: Påhittade siffror för SESI-demon (inte statistik) <span class=\"example-label\">"));
    }

    @Test
    void with_only_real_figures_the_material_shows_those_and_invents_nothing() throws IOException {
        Path real = Files.writeString(directory.resolve("riktiga.csv"), String.join("\n",
                Files.readAllLines(EXAMPLE).subList(0, 3)) + "\n");
        initAndImport(real);

        sesi().run("material", "--out", out().toString());
        String html = Files.readString(out().resolve("informationsmaterial-sv.html"), StandardCharsets.UTF_8);

        assertThat(html).doesNotContain("Exempeldata", "<figure", "<svg");
        assertThat(html).contains("För företagare finns bara en siffra för hela Sverige");
        // the only percentages: 119800 / 424000 = 28.3 % and the 31 % of new firms
        assertThat(matches(html, "[0-9]+(,[0-9])?\u00a0%").stream().distinct().sorted().collect(Collectors.toList()))
                .containsExactly("28,3\u00a0%", "31,0\u00a0%");
        assertThat(HtmlStructure.problems(html, "sources")).isEmpty();
    }

    @Test
    void markdown_in_english_has_the_same_content_with_tables_instead_of_charts() throws IOException {
        initAndImport(EXAMPLE);

        SesiCli.Result result = sesi().run("material", "--out", out().toString(), "--format", "md", "--lang", "en");

        assertThat(result.exitCode()).as(result.toString()).isZero();
        String md = Files.readString(out().resolve("informationsmaterial-en.md"), StandardCharsets.UTF_8);
        assertThat(md).startsWith("# Women's entrepreneurship in Mellersta Norrland\n")
                .contains("> **Example data.** Figures labelled \"Example data\" are made up")
                .contains("## Key figures", "## Företagare", "### Women's share of företagare, 2013: Mellersta "
                        + "Norrland against Sweden", "### Comments", "## Sources")
                .contains("| Region | Women | Men | Unit | Women's share | Against Sweden (points) | Source | \n"
                        + "| --- | ---: | ---: | --- | ---: | ---: | --- |\n"
                        + "| Sweden | 119,800 | 304,200 | count | 28.3\u00a0% | – | SCB: Arbetskraftsundersökningarna "
                        + "(AKU) 2013 | \n"
                        + "| Västernorrlands län (**Example data**) | 4,200 | 11,800 | count | 26.3\u00a0% | "
                        + "\u22122.0 |")
                .contains("- In Västernorrlands län, women's share of företagare was 26.3\u00a0% in 2013, 2.0 "
                        + "percentage points lower than in Sweden (28.3\u00a0%). (**Example data**)")
                .contains("- In Västernorrlands län, women's share of företagare rose from 26.3\u00a0% in 2013 to "
                        + "29.0\u00a0% in 2022 (+2.8 percentage points). The number of women rose by 300 (7.1 %).")
                .doesNotContain("<svg", "<figure", "Nyckeltal", "Exempeldata.");
        assertThat(status()).isEqualTo("INFORMATION_MATERIAL,1,1,MATERIALS,100.0,DONE");
    }

    @Test
    void the_pdf_has_the_material_on_a4_pages_with_page_numbers_and_records_its_production() throws IOException {
        initAndImport(EXAMPLE);

        SesiCli.Result result = sesi().run("material", "--out", out().toString(), "--format", "pdf");

        assertThat(result.exitCode()).as(result.toString()).isZero();
        PdfText pdf = PdfText.of(Files.readAllBytes(out().resolve("informationsmaterial-sv.pdf")));
        assertThat(pdf.tagged()).isTrue();
        assertThat(pdf.a4()).isTrue();
        assertThat(pdf.language()).isEqualTo("sv");
        assertThat(pdf.title()).isEqualTo("Kvinnors företagande i Mellersta Norrland");
        assertThat(pdf.pages().get(0)).contains("Kvinnors företagande i Mellersta Norrland", "Nyckeltal");
        for (int page = 1; page <= pdf.pages().size(); page++) {
            assertThat(pdf.pages().get(page - 1)).contains("Sida " + page + " av " + pdf.pages().size());
        }
        assertThat(status()).isEqualTo("INFORMATION_MATERIAL,1,1,MATERIALS,100.0,DONE");
        assertThat(sesi().run("status").out()).contains("som PDF på svenska");
    }

    @Test
    void a_wrong_format_or_an_output_that_is_a_file_is_bad_input_and_records_nothing() throws IOException {
        initAndImport(EXAMPLE);
        Path file = Files.writeString(directory.resolve("a-file"), "x");

        SesiCli.Result pdf = sesi().run("--lang", "en", "material", "--out", out().toString(), "--format", "docx");
        SesiCli.Result notDirectory = sesi().run("--lang", "en", "material", "--out", file.toString());
        SesiCli.Result noOut = sesi().run("--lang", "en", "material");

        assertThat(pdf.exitCode()).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(pdf.err()).contains("Format docx: allowed are html, md and pdf");
        assertThat(notDirectory.exitCode()).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(notDirectory.err()).contains("is a file, not a directory");
        assertThat(noOut.exitCode()).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(noOut.err()).contains("--out");
        assertThat(status()).endsWith(",IN_PROGRESS");
    }

    @Test
    void statistics_and_productions_survive_a_backup_and_restore() {
        initAndImport(EXAMPLE);
        sesi().run("material", "--out", out().toString());
        Path backup = directory.resolve("backup.zip");
        String restored = directory.resolve("restored").resolve("sesi").toString();

        assertThat(sesi().run("db", "backup", backup.toString()).exitCode()).isZero();
        SesiCli.Result restore = sesi().run("--db", restored, "db", "restore", backup.toString());

        assertThat(restore.exitCode()).as(restore.toString()).isZero();
        assertThat(sesi().run("--db", restored, "stats", "list", "--format", "csv").out())
                .isEqualTo(sesi().run("stats", "list", "--format", "csv").out());
        assertThat(sesi().run("--db", restored, "status").out()).isEqualTo(sesi().run("status").out())
                .contains("senast framtaget 2024-05-02 som HTML på svenska");
        SesiCli.Result again = sesi().run("--db", restored, "material", "--out", directory.resolve("again").toString());
        assertThat(again.exitCode()).as(again.toString()).isZero();
    }

    @Test
    void help_describes_the_material_in_both_languages() {
        assertThat(sesi().run("material", "--help").out()).contains("informationsmaterialet", "--format=html|md|pdf");
        assertThat(sesi().run("--lang", "en", "material", "--help").out()).contains("information material",
                "--out=DIR");
    }

    static List<String> matches(String text, String regex) {
        Matcher matcher = Pattern.compile(regex, Pattern.DOTALL).matcher(text);
        List<String> found = new java.util.ArrayList<>();
        while (matcher.find()) {
            found.add(matcher.group());
        }
        return found;
    }
}
