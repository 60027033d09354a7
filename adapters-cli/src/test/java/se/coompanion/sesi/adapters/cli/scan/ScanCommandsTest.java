package se.coompanion.sesi.adapters.cli.scan;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.coompanion.sesi.adapters.cli.ExitCode;
import se.coompanion.sesi.adapters.cli.SesiCli;

class ScanCommandsTest {

    @TempDir
    Path directory;

    private SesiCli sesi;


    @BeforeEach
    void init() {
        sesi = new SesiCli(directory);
        sesi.ok("init");
    }

    @Test
    void sources_and_findings_are_registered_listed_and_counted_in_the_status() {
        SesiCli.Result source = sesi.ok("--lang", "en", "scan", "source", "add", "--kind", "statistics", "--title",
                "Nystartade företag 2022", "--publisher", "Tillväxtanalys", "--year", "2023");
        sesi.ok("scan", "source", "add", "--kind", "PROJECT", "--title", "Exempel: socialt företagande i glesbygd",
                "--publisher", "Exempelkommunen", "--programme", "ESF+ 2021-2027", "--case-number", "2022/00017",
                "--example");
        SesiCli.Result finding = sesi.ok("--lang", "en", "scan", "finding", "add", "--statement",
                "31 % of new firms in 2022 were led by women", "--theme", "WOMENS_ENTREPRENEURSHIP,business-development",
                "--relevance", "3", "--source", "1", "--source", "2", "--lesson", "Reach women who start firms");

        assertThat(source.out()).contains("Registered source 1: Nystartade företag 2022 (Tillväxtanalys, 2023)");
        assertThat(finding.out()).contains("Recorded finding 1; its sources: 1, 2");
        assertThat(sesi.ok("scan", "source", "list", "--format", "csv").out().lines().toList()).containsExactly(
                "id,kind,title,publisher,year,reference,programme,case_number,example,findings",
                "1,STATISTICS,Nystartade företag 2022,Tillväxtanalys,2023,,,,false,1",
                "2,PROJECT,Exempel: socialt företagande i glesbygd,Exempelkommunen,,,ESF+ 2021-2027,2022/00017,true,1");
        assertThat(sesi.ok("scan", "finding", "list", "--format", "csv").out().lines().toList()).containsExactly(
                "id,statement,themes,relevance,sources,lesson",
                "1,31 % of new firms in 2022 were led by women,BUSINESS_DEVELOPMENT|WOMENS_ENTREPRENEURSHIP,3,1|2,"
                        + "Reach women who start firms");
        assertThat(sesi.ok("scan", "finding", "list", "--theme", "FINANCING", "--format", "csv").out().lines()).hasSize(1);
        assertThat(sesi.ok("scan", "finding", "list").out()).contains("Affärsutveckling, Kvinnors företagande");
        assertThat(sesi.ok("scan", "source", "list", "--kind", "project").out()).contains("projekt", "ja")
                .doesNotContain("Tillväxtanalys");
        assertThat(sesi.ok("status", "--format", "csv").out()).contains("ENVIRONMENTAL_SCAN,1,1,FINDINGS,100.0,DONE");
        assertThat(sesi.ok("status").out()).contains("en iakttagelse ur 2 källor");
    }

    @Test
    void a_finding_without_a_registered_source_is_refused_with_exit_2() {
        SesiCli.Result unknown = sesi.run("--lang", "en", "scan", "finding", "add", "--statement", "X", "--theme",
                "OTHER", "--relevance", "2", "--source", "4");
        SesiCli.Result missing = sesi.run("scan", "finding", "add", "--statement", "X", "--theme", "OTHER",
                "--relevance", "2");
        SesiCli.Result badKind = sesi.run("--lang", "en", "scan", "source", "add", "--kind", "BOOK", "--title", "T",
                "--publisher", "P");

        assertThat(unknown.exitCode()).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(unknown.err()).contains("sources: source 4 is not registered");
        assertThat(missing.exitCode()).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(badKind.exitCode()).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(badKind.err()).contains("Source kind BOOK: allowed are PROJECT");
        assertThat(sesi.ok("status", "--format", "csv").out()).contains("ENVIRONMENTAL_SCAN,1,0,FINDINGS,0.0,NOT_STARTED");
    }

    @Test
    void every_scan_command_has_help() {
        for (String[] command : new String[][] {{"scan"}, {"scan", "source"}, {"scan", "source", "add"},
            {"scan", "source", "list"}, {"scan", "finding"}, {"scan", "finding", "add"}, {"scan", "finding", "list"}}) {
            String[] args = java.util.Arrays.copyOf(command, command.length + 1);
            args[command.length] = "--help";
            assertThat(sesi.ok(args).out()).as(String.join(" ", command)).doesNotContain("usage.").isNotBlank();
        }
    }
}
