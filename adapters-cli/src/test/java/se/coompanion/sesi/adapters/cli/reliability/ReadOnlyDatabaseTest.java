package se.coompanion.sesi.adapters.cli.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.coompanion.sesi.adapters.cli.ExitCode;
import se.coompanion.sesi.adapters.cli.SesiCli;

/**
 * Issue 22, defect 8: a database file its owner made read-only is read-only to sesi. Reading commands work; a command
 * that would write is refused with exit 4 and says why; the file keeps its permissions and its content. (The
 * permissions decide, not whether the process could write anyway: root can write to any file.)
 */
class ReadOnlyDatabaseTest {

    @TempDir
    Path directory;

    @Test
    void reads_work_writes_are_refused_and_the_file_keeps_its_permissions() throws Exception {
        SesiCli sesi = new SesiCli(directory).env("SESI_LANG", "en");
        sesi.ok("init");
        sesi.ok("actor", "add", "--name", "Sundsvalls kommun", "--role", "MUNICIPALITY");
        Path file = directory.resolve("sesi.mv.db");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("r--r--r--"));
        DatabaseFingerprint before = DatabaseFingerprint.ofH2(directory.resolve("sesi"));
        Path actors = Files.writeString(directory.resolve("aktorer.csv"),
                "namn,roller\nTimrå kommun,MUNICIPALITY\n");

        SesiCli.Result list = sesi.run("actor", "list", "--format", "csv");
        SesiCli.Result status = sesi.run("status", "--format", "csv");
        SesiCli.Result info = sesi.run("db", "info");
        SesiCli.Result add = sesi.run("actor", "add", "--name", "Timrå kommun", "--role", "MUNICIPALITY");
        SesiCli.Result imported = sesi.run("actor", "import", actors.toString());

        assertThat(list.exitCode()).as(list.toString()).isZero();
        assertThat(list.out()).contains("Sundsvalls kommun");
        assertThat(status.exitCode()).as(status.toString()).isZero();
        assertThat(info.exitCode()).as(info.toString()).isZero();
        for (SesiCli.Result write : new SesiCli.Result[] {add, imported}) {
            assertThat(write.exitCode()).as(write.toString()).isEqualTo(ExitCode.CONFLICT);
            assertThat(write.err()).as(write.toString()).contains("read-only").doesNotContain("Exception");
        }
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("r--r--r--");
        assertThat(before.differences(DatabaseFingerprint.ofH2(directory.resolve("sesi")))).isEmpty();
        assertThat(directory.resolve("sesi.mv.db.rollback")).doesNotExist();
    }
}
