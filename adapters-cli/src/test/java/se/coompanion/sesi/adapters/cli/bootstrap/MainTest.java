package se.coompanion.sesi.adapters.cli.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.coompanion.sesi.adapters.cli.ExitCode;
import se.coompanion.sesi.adapters.cli.SesiCli;

class MainTest {

    @TempDir
    Path directory;

    @Test
    void help_is_swedish_by_default_and_english_on_request() {
        SesiCli.Result swedish = new SesiCli(directory).run("--help");
        SesiCli.Result english = new SesiCli(directory).run("--lang", "en", "--help");

        assertThat(swedish.exitCode()).isZero();
        assertThat(swedish.out()).contains("Användning: sesi", "Kommandon:", "init", "status", "demo", "Slutkoder");
        assertThat(english.out()).contains("Usage: sesi", "Commands:", "Exit codes");
        assertThat(english.out()).doesNotContain("Användning");
    }

    @Test
    void every_command_has_help_in_both_languages() {
        for (String[] command : new String[][] {{"init"}, {"status"}, {"project"}, {"project", "show"},
            {"project", "target"}, {"db"}, {"db", "info"}, {"db", "backup"}, {"db", "restore"}, {"demo"}}) {
            for (String lang : new String[] {"sv", "en"}) {
                String[] args = new String[command.length + 3];
                args[0] = "--lang";
                args[1] = lang;
                System.arraycopy(command, 0, args, 2, command.length);
                args[args.length - 1] = "--help";
                SesiCli.Result help = new SesiCli(directory).run(args);
                assertThat(help.exitCode()).as(String.join(" ", args)).isZero();
                assertThat(help.out()).as(String.join(" ", args))
                        .contains(lang.equals("sv") ? "Användning" : "Usage")
                        .doesNotContain("usage.description");
                String[] lines = help.out().split("\n");
                assertThat(lines.length).as("help of " + String.join(" ", command)).isGreaterThan(3);
            }
        }
    }

    @Test
    void version_names_the_product() {
        SesiCli.Result version = new SesiCli(directory).run("--version");
        assertThat(version.exitCode()).isZero();
        assertThat(version.out()).startsWith("sesi ").contains("Java");
    }

    @Test
    void the_embedded_database_is_created_on_first_use_for_its_owner_only() throws IOException {
        Path database = directory.resolve("data").resolve("sesi");
        SesiCli.Result init = new SesiCli(directory).run("--db", database.toString(), "init");

        assertThat(init.exitCode()).as(init.toString()).isZero();
        Path file = Path.of(database + ".mv.db");
        assertThat(file).exists();
        assertThat(Files.getPosixFilePermissions(file))
                .containsExactlyInAnyOrder(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);
        assertThat(Files.getPosixFilePermissions(database.getParent())).containsExactlyInAnyOrder(
                PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE, PosixFilePermission.OWNER_EXECUTE);
    }

    @Test
    void the_db_option_wins_over_the_environment() {
        Path other = directory.resolve("other");
        new SesiCli(directory).run("--db", other.toString(), "init");

        assertThat(new SesiCli(directory).run("status").exitCode()).isEqualTo(ExitCode.NOT_FOUND);
        assertThat(new SesiCli(directory).run("--db", other.toString(), "status").exitCode()).isZero();
        assertThat(new SesiCli(directory).run("status", "--db", other.toString()).exitCode()).isZero();
    }

    @Test
    void bad_database_values_give_clear_errors() throws IOException {
        Files.createDirectories(directory.resolve("a-directory"));
        Files.writeString(directory.resolve("a-file"), "not a directory");

        assertError(ExitCode.INVALID_INPUT, "is a directory", "--lang", "en", "--db",
                directory.resolve("a-directory").toString(), "status");
        assertError(ExitCode.INVALID_INPUT, "is a file, not a directory", "--lang", "en", "--db",
                directory.resolve("a-file").resolve("sesi").toString(), "status");
        assertError(ExitCode.INVALID_INPUT, "only H2", "--lang", "en", "--db", "jdbc:mysql://localhost/sesi", "status");
        assertError(ExitCode.INVALID_INPUT, "The database is empty", "--lang", "en", "--db", " ", "status");
        assertError(ExitCode.INVALID_INPUT, "Cannot open the database", "--lang", "en", "--db",
                "jdbc:postgresql://127.0.0.1:1/none", "status");
    }

    @Test
    void a_file_that_is_not_a_database_is_reported_without_a_stack_trace() throws IOException {
        Path notADatabase = directory.resolve("notes.mv.db");
        Files.writeString(notADatabase, "Shopping list: milk, bread\n".repeat(500));

        assertError(ExitCode.INVALID_INPUT, "Cannot open the database", "--lang", "en", "--db",
                notADatabase.toString(), "status");
    }

    @Test
    void debug_shows_the_stack_trace() {
        SesiCli.Result result = new SesiCli(directory).run("--debug", "status");
        assertThat(result.exitCode()).isEqualTo(ExitCode.NOT_FOUND);
        assertThat(result.err()).contains("NotFoundException", "\tat ");
    }

    private void assertError(int code, String message, String... args) {
        SesiCli.Result result = new SesiCli(directory).run(args);
        assertThat(result.exitCode()).as(result.toString()).isEqualTo(code);
        assertThat(result.err()).as(result.toString()).contains(message).doesNotContain("\tat ");
    }
}
