package se.coompanion.sesi.adapters.cli.survey;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.coompanion.sesi.adapters.cli.SesiCli;
import se.coompanion.sesi.adapters.cli.bootstrap.Main;
import se.coompanion.sesi.domain.shared.OrganisationNumber;

/**
 * A frame of 100,000 rows imports in a heap of 128 MB: the import streams the file twice (check, then write in
 * batches) and never holds it, as issue 5 asks. The import runs in a child JVM started with -Xmx128m.
 */
class FrameImportMemoryTest {

    private static final int ROWS = 100_000;
    /** Every 1,000th row is an aktiebolag: outside the population, stored flagged. */
    private static final int EXCLUDED = ROWS / 1000;

    @TempDir
    Path directory;

    @Test
    void a_frame_of_100000_rows_imports_with_a_heap_of_128_megabytes() throws Exception {
        Path frame = directory.resolve("stor-ram.csv");
        write(frame);
        assertThat(Files.size(frame)).as("larger than a quarter of the heap as text").isGreaterThan(10_000_000L);
        SesiCli sesi = new SesiCli(directory).env("SESI_LANG", "en");
        assertThat(sesi.run("init").exitCode()).isZero();

        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder builder = new ProcessBuilder(List.of(java, "-Xmx128m", "-Dfile.encoding=UTF-8", "-cp",
                System.getProperty("java.class.path"), Main.class.getName(), "--lang", "en", "--db",
                directory.resolve("sesi").toString(), "survey", "frame", "import", frame.toString()))
                .redirectErrorStream(true);
        // the test's own environment may name a server database and its user (CI): the child uses the test's file
        List.of("SESI_DB", "SESI_DB_USER", "SESI_DB_PASSWORD", "SESI_LANG").forEach(builder.environment()::remove);
        Process child = builder.start();
        child.getOutputStream().close();
        String output = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(child.waitFor(10, TimeUnit.MINUTES)).isTrue();

        assertThat(child.exitValue()).as(output).isZero();
        assertThat(output).contains("Imported " + grouped(ROWS) + " of " + grouped(ROWS) + " rows",
                grouped(ROWS - EXCLUDED) + " units joined the survey population, response ids S-0001-3 to S-99900-",
                grouped(EXCLUDED) + " rows are outside the survey population")
                .doesNotContain("OutOfMemoryError");
        SesiCli.Result status = sesi.run("status", "--format", "csv");
        assertThat(status.out()).contains("POSTAL_SURVEY," + (ROWS - EXCLUDED) + ",0,ASSOCIATIONS");
    }

    private static void write(Path frame) throws IOException {
        try (BufferedWriter out = Files.newBufferedWriter(frame, StandardCharsets.UTF_8)) {
            out.write("organisationsnummer,namn,juridisk_form,naringsverksamhet,co_adress,utdelningsadress,postnummer,"
                    + "postort,kommunkod\n");
            for (int i = 0; i < ROWS; i++) {
                boolean company = i % 1000 == 999;
                String nine = (company ? "559" : "769") + String.format("%06d", i);
                String number = new OrganisationNumber(nine + OrganisationNumber.checkDigit(nine)).formatted();
                out.write(number + ",\"Föreningen nummer " + i + ", Sundsvall\"," + (company ? "49" : "51")
                        + ",ja,c/o Kassören,Storgatan " + (i % 90 + 1) + ",852 30,Sundsvall,2281\n");
            }
        }
    }

    /** A count as the English messages write it: 99,900. */
    private static String grouped(int count) {
        return String.format(Locale.ENGLISH, "%,d", count);
    }
}
