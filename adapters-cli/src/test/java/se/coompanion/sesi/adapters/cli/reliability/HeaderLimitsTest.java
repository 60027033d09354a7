package se.coompanion.sesi.adapters.cli.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.coompanion.sesi.adapters.cli.ExitCode;
import se.coompanion.sesi.adapters.cli.SesiCli;

/**
 * Issue 22, defect 12: header problems are bounded like row problems. A header line longer than any header can be is
 * refused as it is read (the file's name, line 1, one line of report), and a header of many wrong columns reports the
 * first few and counts the rest. (ColumnLayoutTest shows that an overlong name is never folded.)
 */
class HeaderLimitsTest {

    @TempDir
    Path directory;

    @Test
    void a_fifty_megabyte_line_is_refused_in_one_line_of_report() throws Exception {
        Path file = directory.resolve("en-rad.csv");
        byte[] block = "organisationsnummer ".repeat(3277).getBytes(StandardCharsets.US_ASCII);
        try (OutputStream out = Files.newOutputStream(file)) {
            for (int i = 0; i < 50 * 16; i++) {
                out.write(block);
            }
        }
        SesiCli sesi = new SesiCli(directory).env("SESI_LANG", "en");
        sesi.ok("init");

        SesiCli.Result result = sesi.run("actor", "import", file.toString());

        assertThat(result.exitCode()).as(result.toString()).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(result.err().lines()).as(result.toString()).hasSize(1);
        assertThat(result.err()).startsWith(file + ":1: ");
    }

    @Test
    void a_header_of_thousands_of_wrong_columns_reports_the_first_and_counts_the_rest() throws Exception {
        String header = "organisationsnummer,namn," + IntStream.range(0, 5_000).mapToObj(i -> "kolumn" + i)
                .collect(Collectors.joining(","));
        Path file = Files.writeString(directory.resolve("bred.csv"), header + "\n", StandardCharsets.UTF_8);
        SesiCli sesi = new SesiCli(directory).env("SESI_LANG", "en");
        sesi.ok("init");

        SesiCli.Result result = sesi.run("actor", "import", file.toString());

        assertThat(result.exitCode()).as(result.toString()).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(result.err().lines()).as("at most 20 problems and a count").hasSize(21);
        assertThat(result.err()).contains("kolumn0").contains("... and 4981 more problem(s) of the header");
    }
}
