package se.coompanion.sesi.adapters.cli.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.coompanion.sesi.adapters.cli.SesiCli;

class NeedsDemoTest {

    @TempDir
    Path directory;

    @Test
    void the_demo_has_assessments_in_twelve_municipalities_with_three_missing() {
        Path out = directory.resolve("demo");
        SesiCli sesi = new SesiCli(directory);
        SesiCli.Result demo = sesi.run("demo", "--out", out.toString());
        assertThat(demo.exitCode()).as(demo.toString()).isZero();
        String db = out.resolve("sesi-demo").toString();

        assertThat(out.resolve("behov.csv")).exists();
        SesiCli.Result coverage = sesi.run("--db", db, "needs", "coverage", "--format", "csv");
        assertThat(coverage.out().lines().skip(1).filter(l -> l.contains(",MISSING,")))
                .containsExactly("2303,Ragunda kommun,23,MISSING,0", "2305,Bräcke kommun,23,MISSING,0",
                        "2326,Bergs kommun,23,MISSING,0");
        assertThat(coverage.out().lines().skip(1).filter(l -> l.contains(",VALIDATED,"))).hasSize(7);
        assertThat(coverage.out().lines().skip(1).filter(l -> l.contains(",CONDUCTED,"))).hasSize(3);
        assertThat(coverage.out()).contains("2361,Härjedalens kommun,23,BOOKED,0", "2260,Ånge kommun,22,PLANNED,0");
        // 7 validated + 3 conducted = 10 of 15 = 66.7 %
        assertThat(sesi.run("--db", db, "status", "--format", "csv").out())
                .contains("NEEDS_ANALYSIS,15,10,MUNICIPALITIES,66.7,IN_PROGRESS");

        SesiCli.Result themes = sesi.run("--db", db, "needs", "themes", "--format", "csv");
        assertThat(themes.out().lines().skip(1).findFirst()).contains("WORK_INTEGRATION,8,5,3,0");
        assertThat(themes.out()).contains("SERVICE_IN_SPARSE_AREAS,5,3,2,0", "OTHER: Bostäder,1,0,0,1");

        SesiCli.Result ostersund = sesi.run("--db", db, "--lang", "en", "needs", "show", "2380");
        assertThat(ostersund.out()).contains("reopened: Kommunen ville lägga till behovet", "Upphandlingschef",
                "Needs: 5");
        SesiCli.Result kramfors = sesi.run("--db", db, "--lang", "en", "needs", "show", "2282");
        assertThat(kramfors.out()).contains("passed over: booked");
    }
}
