package se.coompanion.sesi.adapters.cli.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import se.coompanion.sesi.adapters.cli.ExitCode;
import se.coompanion.sesi.adapters.cli.SesiCli;

/**
 * Issue 22, defect 1: no writer of sesi may replace a file of the database in use (the database itself, its lock,
 * its status summary, its rollback copy and the temporary names beside them), also when the path reaches it through a
 * symbolic link or a linked directory. Each is refused with exit 2 before any work is done: the import does not run,
 * the database and the file are as they were.
 */
class OutputOverDatabaseTest {

    @TempDir
    static Path directory;

    private static SmallPreStudy study;

    @BeforeAll
    static void study() throws Exception {
        study = SmallPreStudy.in(directory);
        study.sesi().ok("status");
        assertThat(Path.of(study.database() + ".mv.db.summary")).exists();
        Files.createSymbolicLink(directory.resolve("linked-directory"), directory);
        Files.createSymbolicLink(directory.resolve("linked-database.csv"), study.file());
    }

    /** The targets that name a file of the database, and how each writer is given one. */
    @TestFactory
    Stream<DynamicTest> every_writer_refuses_every_file_of_the_database() {
        String name = study.database().getFileName().toString();
        List<Path> targets = List.of(study.file(), Path.of(study.database() + ".mv.db.lock"),
                Path.of(study.database() + ".mv.db.summary"), Path.of(study.database() + ".mv.db.rollback"),
                Path.of(study.database() + ".mv.db.rollback.partial"), Path.of(study.database() + ".trace.db"),
                directory.resolve("linked-directory").resolve(name + ".mv.db"),
                directory.resolve("linked-directory").resolve(name + ".mv.db.rollback"),
                directory.resolve("linked-database.csv"));
        List<Writer> writers = List.of(
                new Writer("actor import --rejects", t -> List.of("actor", "import", study.badActors().toString(),
                        "--skip-invalid", "--rejects", t)),
                new Writer("survey wave --out", t -> List.of("survey", "wave", "REMINDER_POSTCARD", "--date",
                        "2024-03-18", "--out", t)),
                new Writer("seminar remind --out", t -> List.of("seminar", "remind", "--date", "2024-04-12",
                        "--out", t)),
                new Writer("privacy export --out", t -> List.of("privacy", "export", "--contact", "1", "--out", t)),
                new Writer("db backup", t -> List.of("db", "backup", t)));
        List<DynamicTest> tests = new ArrayList<>();
        for (Writer writer : writers) {
            for (Path target : targets) {
                tests.add(DynamicTest.dynamicTest(writer.name() + " " + directory.relativize(target),
                        () -> refused(writer.args().apply(target.toString()), target)));
            }
        }
        return tests.stream();
    }

    @TestFactory
    Stream<DynamicTest> the_demo_never_replaces_the_database_in_use() {
        return Stream.of(DynamicTest.dynamicTest("demo --out the directory of a database named sesi-demo", () -> {
            Path demoDirectory = directory.resolve("demo-here");
            SesiCli sesi = new SesiCli(demoDirectory).env("SESI_LANG", "en")
                    .env("SESI_DB", demoDirectory.resolve("sesi-demo").toString());
            sesi.ok("init");
            sesi.ok("actor", "add", "--name", "Sundsvalls kommun", "--role", "MUNICIPALITY");
            DatabaseFingerprint before = DatabaseFingerprint.ofH2(demoDirectory.resolve("sesi-demo"));

            SesiCli.Result demo = sesi.run("demo", "--out", demoDirectory.toString());

            assertThat(demo.exitCode()).as(demo.toString()).isEqualTo(ExitCode.INVALID_INPUT);
            assertThat(demo.err()).contains("database in use");
            assertThat(before.differences(DatabaseFingerprint.ofH2(demoDirectory.resolve("sesi-demo")))).isEmpty();
        }));
    }

    private static void refused(List<String> args, Path target) throws Exception {
        DatabaseFingerprint before = study.fingerprint();
        byte[] file = Files.exists(target) ? Files.readAllBytes(target) : null;
        boolean link = Files.isSymbolicLink(target);

        SesiCli.Result result = study.sesi().run(args.toArray(String[]::new));

        assertThat(result.exitCode()).as(result.toString()).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(result.err()).as(result.toString()).contains("database in use").doesNotContain("Exception");
        assertThat(result.out()).as("nothing done").isEmpty();
        assertThat(before.differences(study.fingerprint())).as("database unchanged").isEmpty();
        if (file == null) {
            assertThat(target).doesNotExist();
        } else {
            assertThat(Files.isSymbolicLink(target)).isEqualTo(link);
            assertThat(Files.readAllBytes(target)).as("the file is as it was").isEqualTo(file);
        }
    }

    private record Writer(String name, Function<String, List<String>> args) {
    }
}
