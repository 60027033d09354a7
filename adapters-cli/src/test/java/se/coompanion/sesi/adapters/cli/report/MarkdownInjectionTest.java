package se.coompanion.sesi.adapters.cli.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.coompanion.sesi.adapters.cli.ExitCode;
import se.coompanion.sesi.adapters.cli.SesiCli;

/**
 * Issue 22, defect 4: a source's address must never become live HTML in the Markdown report. An address is checked
 * when it is given (http or https, no space, quote or angle bracket), and the report writes what a database holds
 * from before that check as text.
 */
class MarkdownInjectionTest {

    private static final String HOSTILE = "https://example.org/\"><script>alert(1)</script>";

    @TempDir
    Path directory;

    @Test
    void an_address_that_is_no_plain_web_address_is_refused_when_the_source_is_added() {
        SesiCli sesi = new SesiCli(directory).env("SESI_LANG", "en");
        sesi.ok("init");

        SesiCli.Result added = sesi.run("scan", "source", "add", "--kind", "REPORT", "--title", "Rapport",
                "--publisher", "Länsstyrelsen", "--reference", HOSTILE);

        assertThat(added.exitCode()).as(added.toString()).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(sesi.ok("scan", "source", "list", "--format", "csv").out().lines()).hasSize(1);
    }

    @Test
    void a_hostile_address_already_in_the_database_is_text_in_the_markdown_report() throws Exception {
        SesiCli sesi = new SesiCli(directory).env("SESI_LANG", "en");
        sesi.ok("init");
        sesi.ok("scan", "source", "add", "--kind", "REPORT", "--title", "<img src=x onerror=alert(2)>",
                "--publisher", "Länsstyrelsen", "--reference", "https://example.org/rapport");
        // as an earlier release may have stored it
        try (Connection h2 = DriverManager.getConnection("jdbc:h2:file:" + directory.resolve("sesi"), "sa", "");
                PreparedStatement update = h2.prepareStatement("update knowledge_source set reference = ?")) {
            update.setString(1, HOSTILE);
            update.executeUpdate();
        }

        sesi.ok("report", "--out", directory.resolve("rapport").toString(), "--format", "md");

        String markdown = Files.readString(directory.resolve("rapport").resolve("slutrapport-en.md"),
                StandardCharsets.UTF_8);
        assertThat(markdown).contains("example.org").doesNotContain("<script", "<img", "\"><");
        assertThat(markdown.lines().filter(l -> l.contains("example.org")))
                .allSatisfy(l -> assertThat(l).doesNotContainPattern("<https?://[^>]*[\"<]"));
    }
}
