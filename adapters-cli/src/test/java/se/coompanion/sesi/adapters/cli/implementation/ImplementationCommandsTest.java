package se.coompanion.sesi.adapters.cli.implementation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.coompanion.sesi.adapters.cli.ExitCode;
import se.coompanion.sesi.adapters.cli.SesiCli;
import se.coompanion.sesi.adapters.cli.demo.DemoRun;

/** {@code sesi implementation ...} on a copy of the demo's database (its draft, edited by the demo). */
class ImplementationCommandsTest {

    @TempDir
    Path directory;

    private SesiCli sesi;

    @BeforeEach
    void aCopyOfTheDemo() {
        DemoRun.shared().copyDatabase(directory);
        sesi = new SesiCli(directory);
    }

    private List<List<String>> csv(String... args) {
        return DemoRun.csv(sesi, args);
    }

    private String header(String... args) {
        return sesi.ok(args).out().lines().findFirst().orElseThrow();
    }

    @Test
    void every_listing_has_its_fixed_csv_header() {
        assertThat(header("implementation", "check", "--format", "csv")).isEqualTo("kind,subject,evidence,detail");
        assertThat(header("implementation", "show", "aims", "--format", "csv"))
                .isEqualTo("number,aim,recommendations,evidence,unresolved");
        assertThat(header("implementation", "show", "groups", "--format", "csv"))
                .isEqualTo("group,description,sized,recommendations,evidence,unresolved");
        assertThat(header("implementation", "show", "activities", "--format", "csv"))
                .isEqualTo("activity,status,title,recommendations,evidence,modules,unresolved,now,needs,gaps");
        assertThat(header("implementation", "show", "results", "--format", "csv"))
                .isEqualTo("result,level,description,indicator,unit,baseline,baseline_value,target,note");
        assertThat(header("implementation", "show", "partners", "--format", "csv")).isEqualTo(
                "actor,name,municipality_code,role,letter,requested_on,answered_on,shortlisted,contribution");
        assertThat(header("implementation", "show", "risks", "--format", "csv"))
                .isEqualTo("number,risk,likelihood,impact,score,mitigation");
        assertThat(header("implementation", "show", "principles", "--format", "csv"))
                .isEqualTo("principle,activities,answered_by,approach");
        assertThat(header("implementation", "show", "evidence", "--format", "csv"))
                .isEqualTo("number,reference,kind,resolved,summary");
        assertThat(sesi.run("implementation", "show", "--format", "csv").exitCode())
                .isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(sesi.run("--lang", "en", "implementation", "show", "everything").err())
                .contains("Part \"everything\": give aims, groups");
    }

    @Test
    void the_demo_drafts_rows_show_its_edits() {
        assertThat(csv("implementation", "show", "activities", "--format", "csv")).extracting(r -> List.of(r.get(0),
                r.get(1), r.get(3), r.get(7))).containsExactly(
                        List.of("A1", "ACCEPTED", "1|5", "A1"), List.of("A2", "ACCEPTED", "2", "A2"),
                        List.of("A3", "ACCEPTED", "3", "A3"), List.of("A4", "ACCEPTED", "4", "A4"),
                        List.of("A5", "MERGED", "5", "A1"), List.of("A6", "DROPPED", "6", ""),
                        List.of("A7", "ACCEPTED", "7", "A7"));
        List<List<String>> results = csv("implementation", "show", "results", "--format", "csv");
        assertThat(results).filteredOn(r -> r.get(0).equals("A1/2")).singleElement().satisfies(r -> {
            assertThat(r.get(5)).isEqualTo("survey:behov_upphandling=4+5");
            assertThat(r.get(6)).isEqualTo("25.14");
            assertThat(r.get(7)).isEqualTo("15.00");
        });
        assertThat(results).filteredOn(r -> r.get(0).equals("A7/1")).singleElement()
                .satisfies(r -> assertThat(r.get(5)).isEmpty());
        assertThat(csv("implementation", "show", "partners", "--format", "csv"))
                .filteredOn(r -> r.get(0).equals("kramfors-kommun")).singleElement()
                .satisfies(r -> assertThat(r.subList(4, 7)).containsExactly("DECLINED", "2024-11-04", "2024-11-18"));
        assertThat(sesi.ok("implementation", "show").out()).contains("Social ekonomi som väg till arbete",
                "A5 Lägg till effektmätning i lärprogrammet (sammanslagen med A1)", "Underlag", "[1] need:");
        assertThat(sesi.ok("--lang", "en", "implementation", "show").out()).contains("Target groups",
                "Sized by the survey's population of associations: 1,081", "Horizontal principles");
    }

    @Test
    void the_team_edits_every_part_and_the_check_follows() {
        sesi.ok("implementation", "aim", "add", "--text", "Kommunerna känner till reserverade kontrakt",
                "--evidence", "seminar:2");
        sesi.ok("implementation", "activity", "add", "--title", "Kompetensförsörjning genom sociala företag",
                "--evidence", "need:SKILLS_SUPPLY", "--module", "2/M4");
        sesi.ok("implementation", "activity", "accept", "A8");
        sesi.ok("implementation", "result", "add", "A8", "--level", "prestation", "--description", "Studiebesök",
                "--indicator", "Antal studiebesök", "--unit", "COUNT", "--baseline-value", "0", "--baseline-note",
                "Inga i dag", "--target", "4");
        sesi.ok("implementation", "result", "add", "A8", "--level", "LONG_TERM", "--description", "Fler vill ha "
                + "utbildning", "--indicator", "Andel", "--baseline", "survey:stod_onskat=2", "--target", "55");
        sesi.ok("implementation", "result", "change", "A7/1", "--baseline-value", "0", "--baseline-note", "Inga");
        sesi.ok("implementation", "principle", "NON_DISCRIMINATION", "--approach", "Rekrytering via AF",
                "--add-activity", "A2");
        sesi.ok("implementation", "risk", "change", "2", "--likelihood", "medel");
        SesiCli.Result letter = sesi.ok("--lang", "en", "implementation", "partner", "letter",
                "samordningsforbundet-ljungan-indal", "signed", "--date", "2024-11-30");

        assertThat(letter.out()).contains("Letter of intent of samordningsforbundet-ljungan-indal: signed on "
                + "2024-11-30");
        List<List<String>> gaps = csv("implementation", "check", "--format", "csv");
        assertThat(gaps).extracting(r -> r.get(0)).doesNotContain("INDICATOR_WITHOUT_BASELINE",
                "PRINCIPLE_WITHOUT_ACTIVITY");
        assertThat(gaps).extracting(r -> r.get(1)).doesNotContain("SKILLS_SUPPLY").contains("SERVICE_IN_SPARSE_AREAS");
        assertThat(csv("implementation", "show", "aims", "--format", "csv")).last()
                .satisfies(r -> assertThat(r.subList(0, 5)).containsExactly("3",
                        "Kommunerna känner till reserverade kontrakt", "", "seminar:1/2", "0"));
        assertThat(csv("implementation", "show", "risks", "--format", "csv").get(1).subList(2, 5))
                .containsExactly("MEDIUM", "MEDIUM", "4");
    }

    @Test
    void bad_input_is_exit_2_what_names_nothing_exit_3_and_a_wrong_state_exit_4_each_leaving_the_draft_as_it_was() {
        String before = sesi.ok("implementation", "show").out();

        SesiCli.Result evidence = sesi.run("--lang", "en", "implementation", "aim", "add", "--text", "Mål",
                "--evidence", "finding:99", "--evidence", "need:WORK_INTEGRATION");
        SesiCli.Result malformed = sesi.run("--lang", "en", "implementation", "aim", "add", "--text", "Mål",
                "--evidence", "rumour:1");
        SesiCli.Result unknown = sesi.run("--lang", "en", "implementation", "activity", "accept", "A9");
        SesiCli.Result dropped = sesi.run("--lang", "en", "implementation", "activity", "merge", "A1", "--into", "A6");
        SesiCli.Result merged = sesi.run("--lang", "en", "implementation", "activity", "change", "A5", "--title", "X");
        SesiCli.Result unit = sesi.run("--lang", "en", "implementation", "result", "add", "A1", "--level", "OUTPUT",
                "--description", "x", "--indicator", "y", "--baseline", "borich:public_procurement", "--unit",
                "PERCENT");
        SesiCli.Result signedTwice = sesi.run("--lang", "en", "implementation", "partner", "letter",
                "sundsvalls-kommun", "declined");
        SesiCli.Result notShortlisted = sesi.run("--lang", "en", "implementation", "partner", "add", "ange-kommun");
        SesiCli.Result twice = sesi.run("--lang", "en", "implementation", "partner", "add", "timra-kommun");
        SesiCli.Result level = sesi.run("--lang", "en", "implementation", "risk", "add", "--description", "x",
                "--likelihood", "extreme", "--impact", "high", "--mitigation", "y");
        SesiCli.Result missing = sesi.run("--lang", "en", "implementation", "result", "add", "A1", "--level", "OUTPUT");

        assertThat(evidence.exitCode()).isEqualTo(ExitCode.NOT_FOUND);
        assertThat(evidence.err()).contains("One piece of evidence names no record",
                "finding:99: there is no finding 99").doesNotContain("need:WORK_INTEGRATION:");
        assertThat(malformed.exitCode()).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(malformed.err()).contains("Evidence kind \"rumour\"");
        assertThat(unknown.exitCode()).isEqualTo(ExitCode.NOT_FOUND);
        assertThat(unknown.err()).contains("There is no activity A9");
        assertThat(dropped.exitCode()).isEqualTo(ExitCode.CONFLICT);
        assertThat(dropped.err()).contains("Activity A6 is dropped");
        assertThat(merged.exitCode()).isEqualTo(ExitCode.CONFLICT);
        assertThat(merged.err()).contains("Activity A5 was merged into A1: change A1 instead");
        assertThat(unit.exitCode()).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(unit.err()).contains("its unit is per cent, but its baseline is measured in score");
        assertThat(signedTwice.exitCode()).isEqualTo(ExitCode.CONFLICT);
        assertThat(signedTwice.err()).contains("The letter of intent was signed on 2024-11-25 already");
        assertThat(notShortlisted.exitCode()).isEqualTo(ExitCode.NOT_FOUND);
        assertThat(notShortlisted.err()).contains("Ånge kommun (ange-kommun) is not on the partner shortlist");
        assertThat(twice.exitCode()).isEqualTo(ExitCode.CONFLICT);
        assertThat(level.exitCode()).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(level.err()).contains("Level \"extreme\"");
        assertThat(missing.exitCode()).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(missing.err()).contains("--description");
        assertThat(sesi.ok("implementation", "show").out()).isEqualTo(before);
    }

    @Test
    void check_exits_0_with_the_list_and_4_with_strict_while_anything_is_missing() {
        List<List<String>> gaps = csv("implementation", "check", "--format", "csv");
        long municipalities = gaps.stream().filter(g -> g.get(0).equals("MUNICIPALITY_WITHOUT_PARTNER")).count();
        SesiCli.Result check = sesi.run("implementation", "check");
        SesiCli.Result strict = sesi.run("--lang", "en", "implementation", "check", "--strict");

        assertThat(gaps).isNotEmpty();
        assertThat(check.exitCode()).isZero();
        assertThat(check.out()).contains("Kommuner utan partner (" + municipalities + ")",
                (gaps.size() == 1 ? "En punkt" : gaps.size() + " punkter") + " saknas",
                "sesi implementation result change A/N --target");
        assertThat(strict.exitCode()).isEqualTo(ExitCode.CONFLICT);
        assertThat(strict.out()).contains("Municipalities without a partner (" + municipalities + ")");
        assertThat(strict.err()).contains((gaps.size() == 1 ? "One point" : gaps.size() + " points") + " missing (--strict)");
    }

    @Test
    void every_implementation_command_has_help_in_both_languages() {
        String[][] commands = {{"implementation"}, {"implementation", "draft"}, {"implementation", "title"},
            {"implementation", "show"}, {"implementation", "check"}, {"implementation", "group"},
            {"implementation", "principle"}, {"implementation", "aim"}, {"implementation", "aim", "add"},
            {"implementation", "aim", "change"}, {"implementation", "aim", "remove"}, {"implementation", "activity"},
            {"implementation", "activity", "add"}, {"implementation", "activity", "change"},
            {"implementation", "activity", "accept"}, {"implementation", "activity", "drop"},
            {"implementation", "activity", "merge"}, {"implementation", "result"},
            {"implementation", "result", "add"}, {"implementation", "result", "change"},
            {"implementation", "result", "remove"}, {"implementation", "partner"},
            {"implementation", "partner", "add"}, {"implementation", "partner", "change"},
            {"implementation", "partner", "remove"}, {"implementation", "partner", "letter"},
            {"implementation", "risk"}, {"implementation", "risk", "add"}, {"implementation", "risk", "change"},
            {"implementation", "risk", "remove"}};
        sesi.assertHelpInBothLanguages("\\b(draft|title|show|check|aim|group|activity|result|partner|letter|risk|"
                + "principle|option|grounds)\\.[a-zA-Z]", commands);
    }
}
