package se.coompanion.sesi.adapters.documents;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * A program of the machine that some tests run on the documents (Debian's chromium, GNU PSPP), found the same way for
 * each: the path in an environment variable, else the first of the usual places that is executable. {@link #required()}
 * skips a test, with a warning on stderr that shows in the build output (once per program), where the program is not
 * installed (a developer machine); CI installs it and names it in the variable ({@code .ci/run}), and a program named
 * there that cannot run fails the tests instead of skipping them.
 *
 * @param name       the program and its Debian package, e.g. {@code pspp}
 * @param variable   the environment variable that names it, e.g. {@code SESI_TEST_PSPP}
 * @param candidates where it is looked for when the variable is not set
 * @param tests      the tests that need it, for the messages, e.g. "the tests that run the SPSS syntax in GNU PSPP"
 */
public record ExternalProgram(String name, String variable, List<String> candidates, String tests) {

    private static final Set<String> WARNED = ConcurrentHashMap.newKeySet();

    /** Copies the list. */
    public ExternalProgram {
        candidates = List.copyOf(candidates);
    }

    /** The program named in the variable, or the first candidate installed; empty when there is none. */
    public Optional<Path> find() {
        String chosen = System.getenv(variable);
        Stream<String> paths = chosen == null || chosen.isBlank() ? candidates.stream() : Stream.of(chosen.strip());
        return paths.map(Path::of).filter(Files::isExecutable).findFirst();
    }

    /**
     * The program; the test is skipped, with a warning, when there is none, and fails when the variable names a
     * program that is not there.
     */
    public Path required() {
        String chosen = System.getenv(variable);
        Optional<Path> found = find();
        if (chosen != null && !chosen.isBlank() && found.isEmpty()) {
            throw new AssertionError(variable + "=" + chosen + " is not an executable " + name + ": CI asked for "
                    + tests + ", so they fail rather than skip");
        }
        if (found.isEmpty() && WARNED.add(variable)) {
            System.err.println("WARNING: no " + name + " found (" + String.join(", ", candidates) + " or " + variable
                    + "): " + tests + " are SKIPPED. Install Debian's " + name + " package (apt-get install " + name
                    + "), as .ci/run does.");
        }
        assumeTrue(found.isPresent(), "no " + name + " installed: " + tests + " are skipped (.ci/run installs it)");
        return found.get();
    }
}
