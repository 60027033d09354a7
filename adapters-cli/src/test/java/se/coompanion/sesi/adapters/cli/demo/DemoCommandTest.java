package se.coompanion.sesi.adapters.cli.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
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
    void running_the_demo_again_starts_afresh() {
        Path out = directory.resolve("demo");
        SesiCli sesi = new SesiCli(directory);

        assertThat(sesi.run("demo", "--out", out.toString()).exitCode()).isZero();
        SesiCli.Result again = sesi.run("demo", "--out", out.toString());

        assertThat(again.exitCode()).as(again.toString()).isZero();
    }

    @Test
    void an_output_path_that_is_a_file_is_refused() throws Exception {
        Path file = Files.writeString(directory.resolve("a-file"), "x");

        SesiCli.Result demo = new SesiCli(directory).run("--lang", "en", "demo", "--out", file.toString());

        assertThat(demo.exitCode()).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(demo.err()).contains("is a file");
    }
}
