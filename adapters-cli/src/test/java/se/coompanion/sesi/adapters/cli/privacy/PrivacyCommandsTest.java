package se.coompanion.sesi.adapters.cli.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.coompanion.sesi.adapters.cli.ExitCode;
import se.coompanion.sesi.adapters.cli.SesiCli;

class PrivacyCommandsTest {

    @TempDir
    Path directory;

    private SesiCli sesi;


    @BeforeEach
    void a_contact_mentioned_in_a_rationale() {
        sesi = new SesiCli(directory);
        sesi.ok("init");
        sesi.ok("actor", "add", "--name", "Sundsvalls kommun", "--org-number", "212000-2411", "--role", "MUNICIPALITY");
        sesi.ok("contact", "add", "sundsvalls-kommun", "--name", "Karin Lindqvist", "--email",
                "karin.lindqvist@sundsvall.example", "--phone", "070-174 06 05");
        sesi.ok("stakeholder", "assess", "sundsvalls-kommun", "--power", "5", "--interest", "4", "--rationale",
                "Karin Lindqvist vill vara med");
    }

    @Test
    void the_export_shows_everything_held_and_can_go_to_a_file_only_the_owner_reads() throws Exception {
        SesiCli.Result shown = sesi.ok("privacy", "export", "--contact", "1", "--format", "csv");
        Path file = directory.resolve("ut").resolve("kontakt-1.csv");
        SesiCli.Result written = sesi.ok("--lang", "en", "privacy", "export", "--contact", "1", "--out", file.toString());

        assertThat(shown.out().lines().toList()).contains("store,record,field,value",
                "contact_person,1,name,Karin Lindqvist", "contact_person,1,email,karin.lindqvist@sundsvall.example",
                "contact_person,1,phone,070-174 06 05", "contact_person,1,lawful_basis,LEGITIMATE_INTEREST",
                "stakeholder_assessment,1,rationale,Karin Lindqvist vill vara med");
        assertThat(written.out()).contains("Wrote 2 records held about contact 1 to " + file);
        assertThat(Files.readString(file)).isEqualTo(shown.out());
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        }
    }

    @Test
    void erasure_leaves_the_organisation_and_the_assessment_but_not_the_person() {
        SesiCli.Result erased = sesi.ok("--lang", "en", "privacy", "erase", "--contact", "1");

        assertThat(erased.out()).contains("Erased contact 1: 2 records anonymised (contact_person 1, "
                + "stakeholder_assessment 1)");
        String everything = sesi.ok("contact", "list", "--format", "csv").out()
                + sesi.ok("stakeholder", "grid", "--format", "csv").out()
                + sesi.ok("stakeholder", "history", "sundsvalls-kommun", "--format", "csv").out()
                + sesi.ok("privacy", "export", "--contact", "1", "--format", "csv").out()
                + sesi.ok("actor", "list", "--format", "csv").out();
        assertThat(everything).doesNotContain("Karin", "Lindqvist", "karin.lindqvist", "070-174 06 05")
                .contains("[erased] vill vara med", "212000-2411,Sundsvalls kommun,5,4,MANAGE_CLOSELY");
        assertThat(sesi.ok("contact", "list").out()).contains("(raderad)");
        assertThat(sesi.ok("actor", "list", "--format", "csv").out()).contains(",MUNICIPALITY,,,,,1,");
    }

    @Test
    void an_erased_or_unknown_contact_gives_the_exit_codes_of_the_contract() {
        sesi.ok("privacy", "erase", "--contact", "1");

        assertThat(sesi.run("privacy", "erase", "--contact", "1").exitCode()).isEqualTo(ExitCode.CONFLICT);
        assertThat(sesi.run("privacy", "export", "--contact", "2").exitCode()).isEqualTo(ExitCode.NOT_FOUND);
        assertThat(sesi.run("privacy", "erase", "--contact", "Karin").exitCode()).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(sesi.run("privacy", "erase").exitCode()).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(sesi.ok("privacy", "--help").out()).contains("export", "erase");
        assertThat(sesi.ok("--lang", "en", "privacy", "erase", "--help").out()).contains("cannot be undone");
    }
}
