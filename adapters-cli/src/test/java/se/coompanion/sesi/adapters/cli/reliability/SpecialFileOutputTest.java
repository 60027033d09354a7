package se.coompanion.sesi.adapters.cli.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import se.coompanion.sesi.adapters.cli.ExitCode;

/**
 * Issue 22, defect 5: a file is written under a temporary name and renamed over its target, which would turn a device
 * node or a named pipe (as root even {@code /dev/null}) into a regular file. A target that exists and is no regular
 * file is refused with exit 2 before any work is done; it stays what it was. (Here a named pipe stands for every
 * special file: a test may not touch the machine's devices.)
 */
class SpecialFileOutputTest {

    @TempDir
    static Path directory;

    private static SmallPreStudy study;

    @BeforeAll
    static void study() throws Exception {
        study = SmallPreStudy.in(directory);
    }

    @TestFactory
    Stream<DynamicTest> every_writer_refuses_a_special_file() {
        List<Writer> writers = List.of(
                new Writer("actor import --rejects", "rejects", t -> List.of("actor", "import",
                        study.badActors().toString(), "--skip-invalid", "--rejects", t)),
                new Writer("survey wave --out", "wave.csv", t -> List.of("survey", "wave", "REMINDER_POSTCARD",
                        "--date", "2024-03-18", "--out", t)),
                new Writer("seminar remind --out", "remind.csv", t -> List.of("seminar", "remind", "--date",
                        "2024-04-12", "--out", t)),
                new Writer("privacy export --out", "person.csv", t -> List.of("privacy", "export", "--contact", "1",
                        "--out", t)),
                new Writer("db backup", "backup.zip", t -> List.of("db", "backup", t)),
                new Writer("stakeholder grid --out", "grid.html", t -> List.of("stakeholder", "grid", "--out", t)),
                new Writer("competence matrix --out", "matrix.svg", t -> List.of("competence", "matrix", "--out",
                        t)));
        return writers.stream().map(w -> DynamicTest.dynamicTest(w.name(), () -> {
            Path pipe = fifo(w.file());
            DatabaseFingerprint before = study.fingerprint();

            var result = study.sesi().run(w.args().apply(pipe.toString()).toArray(String[]::new));

            assertThat(result.exitCode()).as(result.toString()).isEqualTo(ExitCode.INVALID_INPUT);
            assertThat(result.err()).contains("not a regular file").doesNotContain("Exception");
            assertThat(Files.readAttributes(pipe, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS).isOther())
                    .as("still a named pipe").isTrue();
            assertThat(before.differences(study.fingerprint())).as("nothing done").isEmpty();
        }));
    }

    private static Path fifo(String name) throws Exception {
        Path pipe = directory.resolve(name);
        Process mkfifo = new ProcessBuilder("mkfifo", pipe.toString()).inheritIO().start();
        assertThat(mkfifo.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(mkfifo.exitValue()).isZero();
        return pipe;
    }

    private record Writer(String name, String file, Function<String, List<String>> args) {
    }
}
