package se.coompanion.sesi.adapters.cli.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import se.coompanion.sesi.adapters.cli.ExitCode;
import se.coompanion.sesi.adapters.cli.SesiCli;

/**
 * Issue 22, defect 11: every file sesi reads is read twice or more (its checksum and encoding first, then its rows),
 * so it must be a regular file: a named pipe would hang (nobody writes to it), {@code /dev/zero} never ends, and
 * {@code <(cat f)} is empty the second time. Such an input is refused at once, exit 2, saying what to do. (The time
 * limit only stops a hang from blocking the build; it measures nothing.)
 */
class NonRegularInputTest {

    @TempDir
    static Path directory;

    private static SmallPreStudy study;
    private static Path pipe;

    @BeforeAll
    static void study() throws Exception {
        study = SmallPreStudy.in(directory);
        pipe = directory.resolve("indata.csv");
        Process mkfifo = new ProcessBuilder("mkfifo", pipe.toString()).inheritIO().start();
        assertThat(mkfifo.waitFor(30, TimeUnit.SECONDS)).isTrue();
    }

    @TestFactory
    Stream<DynamicTest> every_reader_refuses_a_file_that_is_not_a_regular_file() {
        List<Reader> readers = List.of(
                new Reader("actor import", f -> List.of("actor", "import", f)),
                new Reader("needs import", f -> List.of("needs", "import", f)),
                new Reader("survey questionnaire load", f -> List.of("survey", "questionnaire", "load", f)),
                new Reader("survey wave --ids", f -> List.of("survey", "wave", "REMINDER_POSTCARD", "--date",
                        "2024-03-18", "--ids", f, "--out", directory.resolve("wave.csv").toString())),
                new Reader("seminar minutes write --file", f -> List.of("seminar", "minutes", "write", "--file", f)),
                new Reader("db restore", f -> List.of("--db", directory.resolve("new").resolve("sesi").toString(),
                        "db", "restore", f)));
        return Stream.of(pipe, Path.of("/dev/zero")).filter(Files::exists).flatMap(input -> readers.stream()
                .map(r -> DynamicTest.dynamicTest(r.name() + " " + input.getFileName(), () -> {
                    DatabaseFingerprint before = study.fingerprint();

                    SesiCli.Result result = assertTimeoutPreemptively(Duration.ofSeconds(30),
                            () -> study.sesi().run(r.args().apply(input.toString()).toArray(String[]::new)));

                    assertThat(result.exitCode()).as(result.toString()).isEqualTo(ExitCode.INVALID_INPUT);
                    assertThat(result.err()).contains("not a regular file").doesNotContain("Exception");
                    assertThat(before.differences(study.fingerprint())).isEmpty();
                })));
    }

    private record Reader(String name, Function<String, List<String>> args) {
    }
}
