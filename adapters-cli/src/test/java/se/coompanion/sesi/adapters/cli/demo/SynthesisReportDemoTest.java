package se.coompanion.sesi.adapters.cli.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.coompanion.sesi.adapters.cli.SesiCli;
import se.coompanion.sesi.adapters.documents.render.HtmlStructure;
import se.coompanion.sesi.adapters.documents.report.UntranslatedText;

/** The demo's synthesis and final report, and the documents the demo names (one shared demo run). */
class SynthesisReportDemoTest {

    @TempDir
    Path directory;

    private static String read(Path file) throws IOException {
        return Files.readString(file, StandardCharsets.UTF_8);
    }

    @Test
    void the_demo_names_its_documents_and_every_one_exists() {
        DemoRun demo = DemoRun.shared();

        assertThat(demo.result().out()).contains("Dokument:",
                "Slutrapport: " + demo.out().resolve("slutrapport-sv.html"),
                "Informationsmaterial om kvinnors företagande: " + demo.out().resolve("informationsmaterial-sv.html"),
                "Enkätens export för SPSS och R: " + demo.out().resolve("enkat").resolve("export"));
        for (String name : new String[] {"slutrapport-sv.html", "slutrapport-en.html", "slutrapport-sv.md",
                "slutrapport-en.md"}) {
            assertThat(demo.out().resolve(name)).isNotEmptyFile();
        }
        assertThat(demo.out().resolve("enkat").resolve("export").resolve("data.csv")).isNotEmptyFile();
    }

    @Test
    void every_recommendation_of_the_demo_rests_on_evidence_that_resolves() {
        SesiCli sesi = new SesiCli(directory);
        String db = DemoRun.shared().database().toString();

        List<String> list = sesi.ok("--db", db, "synthesis", "list", "--format", "csv").out().lines().skip(1).toList();
        List<String> evidence = sesi.ok("--db", db, "synthesis", "evidence", "--format", "csv").out().lines()
                .skip(1).toList();

        assertThat(list).hasSize(7);
        assertThat(evidence).hasSizeGreaterThan(list.size()).allMatch(l -> l.contains(",true,"));
        assertThat(evidence).extracting(l -> l.split(",")[3]).contains("NEED", "FINDING", "SURVEY_TABLE",
                "SEMINAR_OUTCOME", "BORICH_RANK", "PILOT_RESULT", "PARTNER_CANDIDATE");
    }

    @Test
    void the_demo_report_has_every_part_with_its_charts_and_tables_in_both_languages() throws IOException {
        Path out = DemoRun.shared().out();
        String swedish = read(out.resolve("slutrapport-sv.html"));
        String english = read(out.resolve("slutrapport-en.html"));

        assertThat(HtmlStructure.problems(swedish, "sources")).isEmpty();
        assertThat(HtmlStructure.problems(english, "sources")).isEmpty();
        // progress, grid, needs themes, Borich ranking, heat map, survey rates, the survey's key questions (the
        // support-structure questions the cross-analysis reads), the seminar's methods, women's entrepreneurship, the
        // pilot's reaction, gender: every chart with its table
        assertThat(HtmlStructure.figureCount(swedish)).isGreaterThanOrEqualTo(14);
        assertThat(HtmlStructure.headings(swedish)).contains("h2 Korsanalys", "h2 Partnerlista", "h2 Rekommendationer",
                "h2 Bilaga: Underlag", "h2 Bilaga: Källor", "h3 Intressenternas makt/intresse-matris",
                "h3 Kompetensgapen rangordnade efter Borich MWDS", "h3 Gapmatrisen: företag och kompetenser",
                "h3 Enkätundersökningens svarsfrekvenser (AAPOR)", "h3 Kvinnors andel i nyckeltalen",
                "h3 Reaktion på modulerna i version 1 (Kirkpatrick nivå 1): relevans");
        // the recommendations refer to the annex by number, and every number is in the annex
        assertThat(swedish).contains("<a href=\"#evidence-1\">[1]</a>", "id=\"evidence-1\"",
                "need:PUBLIC_PROCUREMENT", "Gröna Händer Arbetskooperativ ek. för.: nr 1 på partnerlistan");
        int cited = countOf(swedish, "id=\"evidence-");
        assertThat(cited).isGreaterThan(15);
        for (int n = 1; n <= cited; n++) {
            assertThat(swedish).contains("href=\"#evidence-" + n + "\"");
        }
        // every count of people by gender: the needs analysis's interviews, the seminar's 20 attendees (12 women,
        // 7 men, 1 not stated), the pilot's 12 participants (7 women, 4 men, 1 not stated); accessibility measures
        assertThat(swedish).contains("Deltagare i behovsanalysens möten", "Deltagare i analysseminariet",
                "Deltagare i lärprogrammets pilotomgångar", "<td class=\"number\">20</td>",
                "Tillgänglighetsåtgärder", "Hörslinga");
        assertThat(english).contains("<html lang=\"en\"", "Final report: Socialt entreprenörskap social innovation",
                "Cross-analysis", "Annex: Evidence", "Participants in the needs analysis");
        assertThat(UntranslatedText.in(english, "sv", UntranslatedText.REPORT_BUNDLES))
                .as("Swedish interface text in the English report").isEmpty();
        assertThat(UntranslatedText.in(swedish, "en", UntranslatedText.REPORT_BUNDLES))
                .as("English interface text in the Swedish report").isEmpty();
        assertThat(read(out.resolve("slutrapport-en.md"))).contains("## Recommendations", "\\[1\\]")
                .doesNotContain("<svg");
    }

    @Test
    void the_demo_is_deterministic_apart_from_its_database_file() throws IOException {
        Path again = directory.resolve("again");
        SesiCli.Result run = new SesiCli(directory).ok("demo", "--out", again.toString());

        for (String name : new String[] {"slutrapport-sv.html", "slutrapport-en.md", "informationsmaterial-sv.html",
                "intressentanalys.html", "kompetensgap-sv.html", "enkat/export/data.csv",
                "enkat/resultat/enkatresultat-sv.html", "enkat/urvalsram.csv", "enkat/inmatning-2.csv"}) {
            assertThat(read(again.resolve(name))).as(name).isEqualTo(read(DemoRun.shared().out().resolve(name)));
        }
        assertThat(run.out().replace(again.toString(), "DIR"))
                .isEqualTo(DemoRun.shared().result().out().replace(DemoRun.shared().out().toString(), "DIR"));
    }

    private static int countOf(String text, String marker) {
        int count = 0;
        int from = 0;
        while ((from = text.indexOf(marker, from)) >= 0) {
            count++;
            from += marker.length();
        }
        return count;
    }
}
