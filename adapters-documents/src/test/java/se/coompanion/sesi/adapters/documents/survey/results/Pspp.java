package se.coompanion.sesi.adapters.documents.survey.results;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;

/**
 * GNU PSPP, the free program that reads SPSS syntax, for the tests that run the exported {@code labels.sps}: Debian's
 * {@code pspp} package. {@link #required()} skips a test, with a visible warning on stderr, where it is not installed
 * (a developer machine); CI installs it and names it in {@code SESI_TEST_PSPP} (.ci/run), and a program named there
 * that cannot run fails the tests instead.
 */
final class Pspp {

    static final String VARIABLE = "SESI_TEST_PSPP";

    private static final List<String> CANDIDATES = List.of("/usr/bin/pspp", "/usr/local/bin/pspp");
    private static final AtomicBoolean WARNED = new AtomicBoolean();

    private final Path binary;

    private Pspp(Path binary) {
        this.binary = binary;
    }

    static Pspp required() {
        String chosen = System.getenv(VARIABLE);
        Stream<String> paths = chosen == null || chosen.isBlank() ? CANDIDATES.stream() : Stream.of(chosen.strip());
        Optional<Pspp> found = paths.map(Path::of).filter(Files::isExecutable).findFirst().map(Pspp::new);
        if (chosen != null && !chosen.isBlank() && found.isEmpty()) {
            throw new AssertionError(VARIABLE + "=" + chosen + " is not an executable pspp: CI asked for the PSPP "
                    + "tests, so they fail rather than skip");
        }
        if (found.isEmpty() && !WARNED.getAndSet(true)) {
            System.err.println("WARNING: no pspp found (" + String.join(", ", CANDIDATES) + " or " + VARIABLE
                    + "): the tests that run the exported SPSS syntax in GNU PSPP are SKIPPED. Install Debian's pspp "
                    + "package (apt-get install pspp), as .ci/run does.");
        }
        assumeTrue(found.isPresent(), "no pspp installed: the PSPP tests are skipped (.ci/run installs it)");
        return found.get();
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
