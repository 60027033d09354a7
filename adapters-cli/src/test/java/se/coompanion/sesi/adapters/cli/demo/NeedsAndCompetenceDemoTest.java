package se.coompanion.sesi.adapters.cli.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.coompanion.sesi.adapters.cli.SesiCli;
import se.coompanion.sesi.adapters.documents.render.HtmlStructure;

/** The demo's needs analysis and competence mapping, from one demo run. */
class NeedsAndCompetenceDemoTest {

    @TempDir
    static Path directory;

    private static SesiCli sesi;
    private static String db;

    @BeforeAll
    static void runTheDemo() {
        sesi = new SesiCli(directory);
        db = DemoRun.shared().database().toString();
    }

    @Test
    void the_demo_has_assessments_in_twelve_municipalities_with_three_missing() {
        assertThat(DemoRun.shared().out().resolve("behov.csv")).exists();
        SesiCli.Result coverage = sesi.ok("--db", db, "needs", "coverage", "--format", "csv");
        assertThat(coverage.out().lines().skip(1).filter(l -> l.contains(",MISSING,")))
                .containsExactly("2303,Ragunda kommun,23,MISSING,0", "2305,Bräcke kommun,23,MISSING,0",
                        "2326,Bergs kommun,23,MISSING,0");
        assertThat(coverage.out().lines().skip(1).filter(l -> l.contains(",VALIDATED,"))).hasSize(7);
        assertThat(coverage.out().lines().skip(1).filter(l -> l.contains(",CONDUCTED,"))).hasSize(3);
        assertThat(coverage.out()).contains("2361,Härjedalens kommun,23,BOOKED,0", "2260,Ånge kommun,22,PLANNED,0");
        // 7 validated + 3 conducted = 10 of 15 = 66.7 %
        assertThat(sesi.ok("--db", db, "status", "--format", "csv").out())
                .contains("NEEDS_ANALYSIS,15,10,MUNICIPALITIES,66.7,IN_PROGRESS");

        SesiCli.Result themes = sesi.ok("--db", db, "needs", "themes", "--format", "csv");
        assertThat(themes.out().lines().skip(1).findFirst()).contains("WORK_INTEGRATION,8,5,3,0");
        assertThat(themes.out()).contains("SERVICE_IN_SPARSE_AREAS,5,3,2,0", "OTHER: Bostäder,1,0,0,1");

        assertThat(sesi.ok("--db", db, "--lang", "en", "needs", "show", "2380").out())
                .contains("reopened: Kommunen ville lägga till behovet", "Upphandlingschef", "Needs: 5");
        assertThat(sesi.ok("--db", db, "--lang", "en", "needs", "show", "2282").out()).contains("passed over: booked");
    }

    @Test
    void the_demo_rates_ten_social_enterprises_of_the_register_and_draws_the_heat_map() throws IOException {
        assertThat(sesi.ok("--db", db, "status", "--format", "csv").out())
                .contains("COMPETENCE_MAPPING,10,10,ENTERPRISES,100.0,DONE");
        SesiCli.Result ranking = sesi.ok("--db", db, "competence", "ranking", "--format", "csv");
        // rated by all ten, nine with a gap of 2 or more: the clear first need
        assertThat(ranking.out().lines().skip(1).findFirst()).hasValueSatisfying(first ->
                assertThat(first).startsWith("1,public_procurement,10,"));
        // a competence few rated but highly (small N) and competences rated above the need (negative MWDS)
        assertThat(ranking.out()).contains(",work_integration_supervision,5,");
        assertThat(ranking.out().lines().filter(l -> l.split(",")[3].startsWith("-"))).isNotEmpty();
        SesiCli.Result matrix = sesi.ok("--db", db, "competence", "matrix", "--format", "csv");
        assertThat(matrix.out().lines().skip(1)).hasSize(10)
                .anySatisfy(l -> assertThat(l).contains("Inlandsservice Strömsund ek. för."))
                .anySatisfy(l -> assertThat(l).contains("Gröna Händer Arbetskooperativ ek. för."));
        for (String language : new String[] {"sv", "en"}) {
            String page = Files.readString(DemoRun.shared().out().resolve("kompetensgap-" + language + ".html"));
            assertThat(HtmlStructure.problems(page, null)).as(language).isEmpty();
            assertThat(page).contains("<html lang=\"" + language + "\"", "role=\"img\"");
        }
    }
}
