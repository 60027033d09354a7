package se.coompanion.sesi.adapters.cli.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.coompanion.sesi.adapters.cli.SesiCli;

/**
 * Issue 22, defect 7: a restore checks that it restored the whole backup. The manifest carries each table's row count
 * and the SHA-256 of its entry; a table missing, cut short, changed or unknown is refused (exit 2) and nothing is kept.
 * A backup of the previous release, which has the counts but no checksums, still restores, with a warning.
 */
class RestoreVerificationTest {

    @TempDir
    static Path directory;

    private static BackupZip good;
    private static Restores restores;

    @BeforeAll
    static void backup() throws Exception {
        SmallPreStudy study = SmallPreStudy.in(directory.resolve("study"));
        study.sesi().ok("survey", "entry", "import", "../docs/examples/inmatning.csv", "--user", "anna", "--date",
                "2024-03-25");
        Path backup = directory.resolve("good.zip");
        study.sesi().ok("db", "backup", backup.toString());
        good = BackupZip.read(backup);
        restores = new Restores(directory, backup);
        assertThat(good.lines("tables/survey_answer.csv")).as("a table with many rows").hasSizeGreaterThan(50);
    }

    @Test
    void a_backup_without_one_of_its_tables_is_refused() throws Exception {
        refused(good.without("tables/survey_answer.csv"), "survey_answer");
    }

    @Test
    void a_table_cut_in_half_is_refused_with_its_counts() throws Exception {
        List<String> lines = good.lines("tables/survey_answer.csv");
        String half = String.join("\n", lines.subList(0, lines.size() / 2)) + "\n";
        refused(good.with("tables/survey_answer.csv", half), "survey_answer");
    }

    @Test
    void a_table_changed_after_the_backup_was_written_is_refused() throws Exception {
        refused(good.withLine("actor", 2, l -> l.replace("Sundsvalls kommun", "Sundsvalls kommun AB")), "actor");
    }

    @Test
    void a_count_in_the_manifest_that_does_not_match_its_table_is_refused() throws Exception {
        String manifest = good.text(BackupZip.MANIFEST).replace("rows.actor=1", "rows.actor=2");
        refused(good.with(BackupZip.MANIFEST, manifest), "actor");
    }

    @Test
    void a_table_the_manifest_does_not_list_is_refused() throws Exception {
        refused(good.with("tables/extra.csv", "id\n=1\n"), "extra");
    }

    @Test
    void a_backup_of_the_previous_release_restores_with_a_warning_and_its_counts_checked() throws Exception {
        Path legacy = resource("release-0.1.0-backup.zip");
        SesiCli sesi = restores.fresh();

        SesiCli.Result restored = sesi.run("db", "restore", legacy.toString());

        assertThat(restored.exitCode()).as(restored.toString()).isZero();
        assertThat(restored.err()).contains("no checksums");
        assertThat(sesi.ok("status", "--format", "csv").out())
                .isEqualTo(Files.readString(resource("release-0.1.0-status.csv"), StandardCharsets.UTF_8));

        List<String> answers = BackupZip.read(legacy).lines("tables/survey_answer.csv");
        BackupZip cut = BackupZip.read(legacy).with("tables/survey_answer.csv",
                String.join("\n", answers.subList(0, answers.size() / 2)) + "\n");
        refused(cut, "survey_answer");
    }

    private static void refused(BackupZip crafted, String named) throws Exception {
        restores.refused(crafted.write(restores.crafted()), named);
    }

    private static Path resource(String name) throws URISyntaxException {
        return Path.of(RestoreVerificationTest.class.getResource("/backups/" + name).toURI());
    }
}
