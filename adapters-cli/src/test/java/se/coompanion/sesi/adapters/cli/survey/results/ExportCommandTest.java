package se.coompanion.sesi.adapters.cli.survey.results;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.coompanion.sesi.adapters.cli.ExitCode;
import se.coompanion.sesi.adapters.cli.SesiCli;
import se.coompanion.sesi.adapters.cli.survey.SurveyFixture;

/**
 * {@code sesi survey export}: the command writes the four files and says so; a folder that is a file is refused (the
 * files' content: SurveyExportTest of the documents module).
 */
class ExportCommandTest {

    @TempDir
    Path directory;

    @Test
    void the_export_of_the_seven_example_returns_is_written_and_listed() {
        SurveyFixture survey = new SurveyFixture(new SesiCli(directory)).keyed(directory);
        Path out = directory.resolve("export");

        SesiCli.Result exported = survey.en("survey", "export", "--out", out.toString());

        assertThat(exported.exitCode()).as(exported.toString()).isZero();
        assertThat(exported.out()).contains("Exported 7 usable return(s) into " + out, "  data.csv", "  codebook.csv",
                "  labels.sps", "  labels.R");
        assertThat(out.resolve("labels.sps")).content().startsWith("* Encoding: UTF-8.\n").endsWith("EXECUTE.\n");
    }

    @Test
    void an_out_that_is_a_file_is_refused() throws IOException {
        SurveyFixture survey = new SurveyFixture(new SesiCli(directory)).keyed(directory);
        Path file = Files.writeString(directory.resolve("a-file"), "x");

        SesiCli.Result refused = survey.en("survey", "export", "--out", file.toString());

        assertThat(refused.exitCode()).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(refused.err()).contains("is a file, not a directory");
        assertThat(file).hasContent("x");
    }
}
