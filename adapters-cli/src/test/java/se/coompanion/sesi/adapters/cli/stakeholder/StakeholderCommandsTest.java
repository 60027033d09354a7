package se.coompanion.sesi.adapters.cli.stakeholder;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.coompanion.sesi.adapters.cli.ExitCode;
import se.coompanion.sesi.adapters.cli.SesiCli;

class StakeholderCommandsTest {

    @TempDir
    Path directory;

    private SesiCli sesi;


    @BeforeEach
    void four_actors_one_in_each_quadrant() {
        sesi = new SesiCli(directory);
        sesi.ok("init");
        sesi.ok("actor", "add", "--name", "Sundsvalls kommun", "--org-number", "212000-2411", "--role", "MUNICIPALITY");
        sesi.ok("actor", "add", "--name", "Region Västernorrland", "--role", "REGION");
        sesi.ok("actor", "add", "--name", "Föreningen Exempel", "--org-number", "802000-0009", "--role", "OTHER");
        sesi.ok("actor", "add", "--name", "Bolaget Exempel AB", "--role", "COMPANY");
        sesi.ok("stakeholder", "assess", "212000-2411", "--power", "5", "--interest", "4", "--attitude", "2",
                "--salience", "P,L,U", "--candidacy", "CO_FINANCIER", "--date", "2024-04-01");
        sesi.ok("stakeholder", "assess", "region-vasternorrland", "--power", "4", "--interest", "3", "--salience", "P,L",
                "--candidacy", "REFERENCE_GROUP", "--date", "2024-04-01");
        sesi.ok("stakeholder", "assess", "foreningen-exempel", "--power", "3", "--interest", "5", "--attitude", "1",
                "--salience", "L,U", "--candidacy", "CO_APPLICANT", "--date", "2024-04-01");
        sesi.ok("stakeholder", "assess", "bolaget-exempel-ab", "--power", "1", "--interest", "2", "--attitude", "-1",
                "--date", "2024-04-01");
    }

    @Test
    void the_grid_csv_has_the_fixed_header_and_every_quadrant() {
        SesiCli.Result grid = sesi.ok("stakeholder", "grid", "--format", "csv");

        assertThat(grid.out().lines().toList()).containsExactly(
                "org_number,actor,power,interest,quadrant,salience,attitude,candidacy,assessed_on",
                "212000-2411,Sundsvalls kommun,5,4,MANAGE_CLOSELY,DEFINITIVE,2,CO_FINANCIER,2024-04-01",
                // RFC 4180 as Commons CSV writes it: an empty first field is quoted
                "\"\",Region Västernorrland,4,3,KEEP_SATISFIED,DOMINANT,0,REFERENCE_GROUP,2024-04-01",
                "802000-0009,Föreningen Exempel,3,5,KEEP_INFORMED,DEPENDENT,1,CO_APPLICANT,2024-04-01",
                "\"\",Bolaget Exempel AB,1,2,MONITOR,,-1,NONE,2024-04-01");
        assertThat(sesi.ok("stakeholder", "grid").out()).contains("Nyckel", "hantera nära", "håll nöjd",
                "håll informerad", "bevaka", "definitiv");
    }

    @Test
    void the_shortlist_csv_is_ordered_by_candidacy_weight() {
        SesiCli.Result shortlist = sesi.ok("stakeholder", "shortlist", "--format", "csv");

        assertThat(shortlist.out().lines().toList()).containsExactly(
                "rank,org_number,actor,candidacy,quadrant,attitude",
                "1,802000-0009,Föreningen Exempel,CO_APPLICANT,KEEP_INFORMED,1",
                "2,212000-2411,Sundsvalls kommun,CO_FINANCIER,MANAGE_CLOSELY,2",
                "3,,Region Västernorrland,REFERENCE_GROUP,KEEP_SATISFIED,0");
        assertThat(sesi.ok("status", "--format", "csv").out()).contains("STAKEHOLDER_ANALYSIS,4,4,ACTORS,100.0,DONE");
    }

    @Test
    void a_re_assessment_moves_the_actor_and_keeps_the_history() {
        SesiCli.Result moved = sesi.ok("--lang", "en", "stakeholder", "assess", "region-vasternorrland", "--power", "5",
                "--interest", "5", "--candidacy", "CO_FINANCIER", "--date", "2024-05-01");
        SesiCli.Result backDated = sesi.ok("--lang", "en", "stakeholder", "assess", "region-vasternorrland", "--power",
                "1", "--interest", "1", "--date", "2024-01-01");
        SesiCli.Result today = sesi.ok("--lang", "en", "stakeholder", "assess", "bolaget-exempel-ab", "--power", "2",
                "--interest", "2");

        assertThat(moved.out()).contains("Moved from keep satisfied (assessed 2024-04-01) to manage closely.");
        assertThat(backDated.out()).contains("dated before the current one (2024-05-01)");
        assertThat(today.out()).contains("on 2024-05-02");
        assertThat(sesi.ok("stakeholder", "history", "region-vasternorrland", "--format", "csv").out().lines().toList())
                .containsExactly("assessed_on,power,interest,quadrant,salience,attitude,candidacy,current,rationale",
                        "2024-01-01,1,1,MONITOR,,0,NONE,false,",
                        "2024-04-01,4,3,KEEP_SATISFIED,DOMINANT,0,REFERENCE_GROUP,false,",
                        "2024-05-01,5,5,MANAGE_CLOSELY,,0,CO_FINANCIER,true,");
        assertThat(sesi.ok("stakeholder", "grid", "--format", "csv").out())
                .contains("\"\",Region Västernorrland,5,5,MANAGE_CLOSELY,,0,CO_FINANCIER,2024-05-01");
    }

    @Test
    void bad_assessments_exit_2_and_an_unknown_actor_exits_3() {
        SesiCli.Result bad = sesi.run("--lang", "en", "stakeholder", "assess", "212000-2411", "--power", "6",
                "--interest", "0", "--salience", "X", "--candidacy", "PARTNER");
        SesiCli.Result unknown = sesi.run("stakeholder", "assess", "ange-kommun", "--power", "3", "--interest", "3");
        SesiCli.Result missing = sesi.run("stakeholder", "assess", "212000-2411", "--power", "3");

        assertThat(bad.exitCode()).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(bad.err().lines().toList()).hasSize(4).anyMatch(l -> l.startsWith("power: Power 6"));
        assertThat(unknown.exitCode()).isEqualTo(ExitCode.NOT_FOUND);
        assertThat(missing.exitCode()).isEqualTo(ExitCode.INVALID_INPUT);
    }

    @Test
    void the_grid_is_drawn_as_a_page_or_a_picture() throws Exception {
        Path page = directory.resolve("ut").resolve("intressenter.html");
        Path picture = directory.resolve("intressenter.svg");

        SesiCli.Result html = sesi.ok("--lang", "en", "stakeholder", "grid", "--out", page.toString());
        sesi.ok("stakeholder", "grid", "--out", picture.toString());
        SesiCli.Result wrong = sesi.run("stakeholder", "grid", "--out", directory.resolve("x.png").toString());

        assertThat(html.out()).contains("Drew the power/interest grid with 4 actors to " + page);
        assertThat(Files.readString(page)).startsWith("<!DOCTYPE html>").contains("<html lang=\"en\">",
                "Stakeholders: power and interest", "role=\"img\"", "Föreningen Exempel", "manage closely",
                "<th scope=\"col\">Quadrant</th>");
        assertThat(Files.readString(picture)).startsWith("<svg").contains("Intressenter: makt och intresse",
                "<desc", "hantera nära");
        assertThat(wrong.exitCode()).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(wrong.err()).contains(".svg", ".html");
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            Path plain = Files.createFile(directory.resolve("plain.txt"));
            assertThat(Files.getPosixFilePermissions(picture)).as("a document to share, not owner-only")
                    .isEqualTo(Files.getPosixFilePermissions(plain));
        }
        try (var left = Files.list(page.getParent())) {
            assertThat(left).as("no temporary file is left").containsExactly(page);
        }
    }

    @Test
    void every_stakeholder_command_has_help() {
        for (String command : new String[] {"assess", "grid", "shortlist", "history"}) {
            assertThat(sesi.ok("--lang", "en", "stakeholder", command, "--help").out()).as(command)
                    .doesNotContain("usage.").contains("Usage: sesi stakeholder " + command);
        }
    }
}
