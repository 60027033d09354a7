package se.coompanion.sesi.adapters.documents.survey.results;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import se.coompanion.sesi.adapters.documents.ExternalProgram;

/**
 * GNU PSPP, the free program that reads SPSS syntax, for the tests that run the exported {@code labels.sps}: Debian's
 * {@code pspp} package. {@link #required()} skips a test, with a visible warning on stderr, where it is not installed
 * (a developer machine); CI installs it and names it in {@code SESI_TEST_PSPP} (.ci/run), and a program named there
 * that cannot run fails the tests instead ({@link ExternalProgram}).
 */
final class Pspp {

    private static final ExternalProgram PSPP = new ExternalProgram("pspp", "SESI_TEST_PSPP",
            List.of("/usr/bin/pspp", "/usr/local/bin/pspp"), "the tests that run the exported SPSS syntax in GNU PSPP");

    private final Path binary;

    private Pspp(Path binary) {
        this.binary = binary;
    }

    /** PSPP; the test is skipped, with a warning, where it is not installed. */
    static Pspp required() {
        return new Pspp(PSPP.required());
    }

    /**
     * Runs a syntax file in its directory, the output as CSV.
     *
     * @return what PSPP wrote as output (CSV) and its messages
     */
    Run run(Path syntax) throws IOException, InterruptedException {
        Path directory = syntax.toAbsolutePath().getParent();
        Path output = directory.resolve("pspp-output.csv");
        Process process = new ProcessBuilder(binary.toString(), "-o", output.toString(), "-O", "format=csv",
                syntax.getFileName().toString()).directory(directory.toFile()).redirectErrorStream(true).start();
        String messages = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("pspp did not finish: " + messages);
        }
        String csv = Files.exists(output) ? Files.readString(output, StandardCharsets.UTF_8) : "";
        return new Run(process.exitValue(), csv, messages);
    }

    /**
     * @param exitCode what pspp returned (0: no error)
     * @param output   the output, CSV
     * @param messages what it printed
     */
    record Run(int exitCode, String output, String messages) {
    }
}
