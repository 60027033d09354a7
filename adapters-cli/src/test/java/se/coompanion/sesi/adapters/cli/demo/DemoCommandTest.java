package se.coompanion.sesi.adapters.cli.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.coompanion.sesi.adapters.cli.ExitCode;
import se.coompanion.sesi.adapters.cli.SesiCli;

class DemoCommandTest {

    @TempDir
    Path directory;

    @Test
    void the_demo_runs_in_its_own_fresh_database_and_shows_the_status() {
        Path out = directory.resolve("demo");
        SesiCli sesi = new SesiCli(directory);

        SesiCli.Result demo = sesi.run("demo", "--out", out.toString());

        assertThat(demo.exitCode()).as(demo.toString()).isZero();
        assertThat(out.resolve("sesi-demo.mv.db")).exists();
        assertThat(demo.out()).contains("Behovsanalys", "Kartläggning av kompetensbehov", "Prototyp på lärprogram");
        assertThat(Files.exists(directory.resolve("sesi.mv.db"))).as("the user's database is untouched").isFalse();
        SesiCli.Result status = sesi.run("--db", out.resolve("sesi-demo").toString(), "status", "--format", "csv");
        assertThat(status.out()).contains("NEEDS_ANALYSIS,15,");
    }

    @Test
    void the_demo_leaves_the_summary_that_answers_the_next_status() throws Exception {
        Path out = directory.resolve("demo");
        new SesiCli(directory).ok("demo", "--out", out.toString());
        // (the demo itself never runs over the database in use: OutputOverDatabaseTest)
        SesiCli sesi = new SesiCli(directory).env("SESI_DB", out.resolve("sesi-demo").toString());
        Path summary = out.resolve("sesi-demo.mv.db.summary");
        assertThat(summary).exists();
        String fromSummary = sesi.ok("status", "--lang", "en").out();

        Files.delete(summary);
        String computed = sesi.ok("status", "--lang", "en").out();

        assertThat(fromSummary).isEqualTo(computed).contains("Needs analysis");
    }

    @Test
    void the_demo_runs_the_postal_survey_through_its_files_and_reaches_an_rr2_near_35_percent() {
        Path out = directory.resolve("demo");
        SesiCli sesi = new SesiCli(directory);
        assertThat(sesi.run("demo", "--out", out.toString()).exitCode()).isZero();
        String database = out.resolve("sesi-demo").toString();

        assertThat(out.resolve("enkat")).isDirectoryContaining(p -> p.getFileName().toString().equals("urvalsram.csv"))
                .isDirectoryContaining(p -> p.getFileName().toString().equals("sesi-enkat.csv"))
                .isDirectoryContaining(p -> p.getFileName().toString().equals("utskick-3-paminnelsekort.csv"));
        List<String> frame = sesi.run("--db", database, "survey", "frame", "list", "--format", "csv").out().lines()
                .skip(1).toList();
        List<String> excluded = sesi.run("--db", database, "survey", "frame", "excluded", "--format", "csv").out()
                .lines().skip(1).toList();
        assertThat(frame.size() + excluded.size()).isEqualTo(1200);
        assertThat(excluded).anyMatch(l -> l.endsWith("LEGAL_FORM")).anyMatch(l -> l.endsWith("OUTSIDE_REGION"))
                .anyMatch(l -> l.endsWith("NO_BUSINESS_ACTIVITY"));
        assertThat(frame).anyMatch(l -> l.contains("EKONOMISK_FORENING")).anyMatch(l -> l.contains("IDEELL_FORENING"));
        assertThat(frame.stream().map(l -> l.split(",")[l.split(",").length - 2]).distinct())
                .as("units in all 15 municipalities of the region").hasSize(15);
        assertThat(sesi.run("--db", database, "survey", "waves", "--format", "csv").out().lines().skip(1))
                .extracting(l -> l.split(",")[1])
                .containsExactly("PRE_NOTICE", "QUESTIONNAIRE", "REMINDER_POSTCARD");

        String[] all = sesi.run("--db", database, "survey", "rates", "--format", "csv").out().lines().toList().get(1)
                .split(",");
        assertThat(all[0]).isEqualTo("all");
        int units = 0;
        for (int i = 1; i <= 8; i++) {
            assertThat(Integer.parseInt(all[i])).as("every disposition occurs").isPositive();
            units += Integer.parseInt(all[i]);
        }
        assertThat(units).isEqualTo(frame.size());
        assertThat(Double.parseDouble(all[10])).as("RR2").isBetween(0.33, 0.37);
    }

    @Test
    void running_the_demo_again_starts_afresh() throws Exception {
        Path out = directory.resolve("demo");
        SesiCli sesi = new SesiCli(directory);

        assertThat(sesi.run("demo", "--out", out.toString()).exitCode()).isZero();
        // An earlier demo killed during an import left its rollback copy: the fresh demo must not put it back.
        Files.writeString(out.resolve("sesi-demo.mv.db.rollback"), "the copy of a killed demo's database");
        SesiCli.Result again = sesi.run("demo", "--out", out.toString());

        assertThat(again.exitCode()).as(again.toString()).isZero();
        assertThat(again.err()).isEmpty();
        assertThat(out.resolve("sesi-demo.mv.db.rollback")).doesNotExist();
    }

    @Test
    void an_output_path_that_is_a_file_is_refused() throws Exception {
        Path file = Files.writeString(directory.resolve("a-file"), "x");

        SesiCli.Result demo = new SesiCli(directory).run("--lang", "en", "demo", "--out", file.toString());

        assertThat(demo.exitCode()).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(demo.err()).contains("is a file");
    }
}
