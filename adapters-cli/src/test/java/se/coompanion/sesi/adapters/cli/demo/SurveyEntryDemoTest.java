package se.coompanion.sesi.adapters.cli.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.coompanion.sesi.adapters.cli.SesiCli;
import se.coompanion.sesi.adapters.documents.render.HtmlStructure;

/** The demo's data entry, double entry, results and export (one demo run for all the checks). */
class SurveyEntryDemoTest {

    @TempDir
    static Path directory;

    private static SesiCli sesi;
    private static Path out;

    @BeforeAll
    static void demo() {
        out = DemoRun.shared().out();
        sesi = new SesiCli(directory);
    }

    private static SesiCli.Result run(String... args) {
        String[] all = new String[args.length + 2];
        all[0] = "--db";
        all[1] = out.resolve("sesi-demo").toString();
        System.arraycopy(args, 0, all, 2, args.length);
        SesiCli.Result result = sesi.run(all);
        assertThat(result.exitCode()).as(result.toString()).isZero();
        return result;
    }

    private static int count(List<String> csv, String prefix) {
        String[] cells = csv.stream().filter(l -> l.startsWith(prefix)).findFirst().orElseThrow().split(",", -1);
        return Integer.parseInt(cells[cells.length - 2]);
    }

    @Test
    void every_return_is_keyed_and_a_sample_keyed_twice_with_a_few_disagreements_some_left_open() {
        List<String> forms = run("survey", "entry", "list", "--format", "csv").out().lines().skip(1).toList();
        String[] rates = run("survey", "rates", "--format", "csv").out().lines().toList().get(1).split(",");
        int returns = Integer.parseInt(rates[1]) + Integer.parseInt(rates[2]);
        assertThat(forms).as("every complete and partial return keyed").hasSize(returns);
        assertThat(forms.stream().filter(l -> l.contains(",true,true,")).count()).as("a sample keyed twice")
                .isBetween(20L, 90L);
        assertThat(forms).filteredOn(l -> l.contains("OPEN_DISAGREEMENTS")).hasSize((int) SurveyEntryDemo.LEFT_OPEN);

        List<String> disagreements = run("survey", "entry", "compare", "--format", "csv").out().lines().skip(1)
                .toList();
        assertThat(disagreements.size()).as("a few keying errors").isBetween(3, 40);
        assertThat(run("survey", "entry", "compare", "--open", "--format", "csv").out().lines().skip(1))
                .hasSize((int) SurveyEntryDemo.LEFT_OPEN);
        assertThat(out.resolve("enkat").resolve("inmatning-1.csv")).exists();
        assertThat(out.resolve("enkat").resolve("inmatning-2.csv")).exists();
    }

    @Test
    void the_results_show_the_need_of_a_support_structure_differing_by_county_and_legal_form() {
        List<String> byCounty = run("survey", "results", "stodstruktur", "--by", "county", "--format", "csv").out()
                .lines().toList();
        double jamtland = (double) count(byCounty, "stodstruktur,23,1,") / count(byCounty, "stodstruktur,23,VALID");
        double vasternorrland = (double) count(byCounty, "stodstruktur,22,1,")
                / count(byCounty, "stodstruktur,22,VALID");
        assertThat(jamtland).as("'Ja, säkert' is more common in Jämtland").isGreaterThan(vasternorrland + 0.05);
        List<String> byForm = run("survey", "results", "stodstruktur", "--by", "legal-form", "--format", "csv").out()
                .lines().toList();
        assertThat((double) count(byForm, "stodstruktur,EKONOMISK_FORENING,1,")
                / count(byForm, "stodstruktur,EKONOMISK_FORENING,VALID"))
                .isGreaterThan((double) count(byForm, "stodstruktur,IDEELL_FORENING,1,")
                        / count(byForm, "stodstruktur,IDEELL_FORENING,VALID") + 0.05);
    }

    @Test
    void the_demo_writes_the_results_pages_and_the_export() throws IOException {
        Path results = out.resolve("enkat").resolve("resultat");
        for (String name : List.of("enkatresultat-sv.html", "enkatresultat-county-sv.html",
                "enkatresultat-legal-form-sv.html", "enkatresultat-en.html", "enkatresultat-county-en.html",
                "enkatresultat-legal-form-en.html")) {
            String html = Files.readString(results.resolve(name), StandardCharsets.UTF_8);
            assertThat(HtmlStructure.problems(html, null)).as(name).isEmpty();
            assertThat(HtmlStructure.figureCount(html)).as(name).isEqualTo(8);
        }
        Path export = out.resolve("enkat").resolve("export");
        List<String> data = Files.readAllLines(export.resolve("data.csv"), StandardCharsets.UTF_8);
        long usable = run("survey", "entry", "list", "--format", "csv").out().lines()
                .filter(l -> l.contains(",USABLE,")).count();
        assertThat(data).hasSize((int) usable + 1);
        assertThat(export.resolve("labels.sps")).content(StandardCharsets.UTF_8).endsWith("EXECUTE.\n");
        assertThat(export.resolve("labels.R")).exists();
        assertThat(export.resolve("codebook.csv")).exists();
    }
}
