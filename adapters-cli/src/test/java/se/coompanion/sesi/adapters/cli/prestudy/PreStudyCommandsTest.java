package se.coompanion.sesi.adapters.cli.prestudy;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.coompanion.sesi.adapters.cli.ExitCode;
import se.coompanion.sesi.adapters.cli.SesiCli;
import se.coompanion.sesi.adapters.persistence.DatabaseConfig;
import se.coompanion.sesi.adapters.persistence.SesiDatabase;

class PreStudyCommandsTest {

    @TempDir
    Path directory;

    private SesiCli sesi() {
        return new SesiCli(directory);
    }

    @Test
    void init_creates_the_sesi_pre_study_and_status_shows_the_eight_activities_with_their_targets() {
        SesiCli.Result init = sesi().run("init");
        assertThat(init.exitCode()).as(init.toString()).isZero();
        assertThat(init.out()).contains("Förstudien \"Socialt entreprenörskap social innovation - SESI\"");

        SesiCli.Result status = sesi().run("status", "--format", "csv");

        assertThat(status.exitCode()).as(status.toString()).isZero();
        assertThat(status.out().lines().toList()).containsExactly(
                "activity,target,actual,unit,progress_percent,status",
                "ENVIRONMENTAL_SCAN,1,0,FINDINGS,0.0,NOT_STARTED",
                "STAKEHOLDER_ANALYSIS,,0,ACTORS,,NOT_STARTED",
                "NEEDS_ANALYSIS,15,0,MUNICIPALITIES,0.0,NOT_STARTED",
                "COMPETENCE_MAPPING,10,0,ENTERPRISES,0.0,NOT_STARTED",
                "POSTAL_SURVEY,,0,ASSOCIATIONS,,NOT_STARTED",
                "ANALYSIS_SEMINAR,1,0,SEMINARS,0.0,NOT_STARTED",
                "INFORMATION_MATERIAL,1,0,MATERIALS,0.0,NOT_STARTED",
                "LEARNING_PROGRAMME,1,0,PILOT_RUNS,0.0,NOT_STARTED");
    }

    @Test
    void status_for_people_is_swedish_by_default_and_english_on_request() {
        sesi().run("init");

        SesiCli.Result swedish = sesi().run("status");
        SesiCli.Result english = sesi().run("status", "--lang", "en");
        SesiCli.Result byVariable = sesi().env("SESI_LANG", "en").run("status");

        assertThat(swedish.out()).contains("Aktivitet", "Behovsanalys", "15", "kommuner", "0,0 %", "ej påbörjad");
        assertThat(english.out()).contains("Activity", "Needs analysis", "municipalities", "0.0 %", "not started");
        assertThat(byVariable.out()).isEqualTo(english.out());
    }

    @Test
    void a_second_init_is_a_conflict_with_a_clear_message_and_exit_4() {
        sesi().run("init");

        SesiCli.Result again = sesi().run("init");

        assertThat(again.exitCode()).isEqualTo(ExitCode.CONFLICT);
        assertThat(again.err()).contains("har redan förstudien").doesNotContain("Exception");
        assertThat(again.out()).isEmpty();
    }

    @Test
    void status_and_project_before_init_are_not_found_with_a_hint() {
        SesiCli.Result status = sesi().run("status");
        SesiCli.Result noDatabase = sesi().run("--lang", "en", "project", "show");
        // a database without a pre-study: made by a program that embeds sesi (or restored from such a backup)
        SesiDatabase.open(DatabaseConfig.h2File(directory.resolve("sesi"))).close();
        SesiCli.Result project = sesi().run("--lang", "en", "project", "show");

        assertThat(status.exitCode()).isEqualTo(ExitCode.NOT_FOUND);
        assertThat(status.err()).contains("sesi init");
        assertThat(noDatabase.exitCode()).isEqualTo(ExitCode.NOT_FOUND);
        assertThat(noDatabase.err()).startsWith("No database at ").contains("run 'sesi init'");
        assertThat(project.exitCode()).isEqualTo(ExitCode.NOT_FOUND);
        assertThat(project.err()).contains("No pre-study in this database yet");
    }

    @Test
    void project_show_lists_every_fact_of_the_seed() {
        sesi().run("init");

        SesiCli.Result csv = sesi().run("project", "show", "--format", "csv");
        SesiCli.Result table = sesi().run("project", "show");

        assertThat(csv.exitCode()).isZero();
        assertThat(csv.out().lines().toList()).first().isEqualTo("field,value");
        assertThat(csv.out()).contains("case_number,23-032-S01", "programme_cci,2021SE05SFPR",
                "owner_org_number,716460-3867", "eu_cofinancing_rate,40 %", "programme_area,D",
                "specific_objective,D1", "child_poverty_theme,false", "nuts2_code,SE32",
                "beneficiary_postal_code,852 33", "beneficiary_town,SUNDSVALL", "intervention_type,175",
                "participants,0", "strategic_importance,false", "target_municipalities,15",
                "target:COMPETENCE_MAPPING,10 ENTERPRISES", "target:NEEDS_ANALYSIS,ALL MUNICIPALITIES");
        assertThat(table.out()).contains("Projektägare", "Coompanion - Kooperativ Utveckling Västernorrland",
                "Sekundärtema - Motverka barnfattigdom", "nej", "alla kommuner");
    }

    @Test
    void a_target_can_be_changed_from_the_command_line() {
        sesi().run("init");

        SesiCli.Result changed = sesi().run("project", "target", "competence-mapping", "--quantity", "12");
        SesiCli.Result status = sesi().run("status", "--format", "csv");

        assertThat(changed.exitCode()).as(changed.toString()).isZero();
        assertThat(status.out()).contains("COMPETENCE_MAPPING,12,0,ENTERPRISES,0.0,NOT_STARTED");
        assertThat(sesi().run("project", "target", "COMPETENCE_MAPPING", "--quantity", "0").exitCode())
                .isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(sesi().run("project", "target", "NOPE", "--all").exitCode()).isEqualTo(ExitCode.INVALID_INPUT);
    }

    @Test
    void a_blank_pre_study_takes_the_facts_given_and_has_no_targets() {
        SesiCli.Result init = sesi().run("init", "--template", "blank", "--name", "Förstudie Norr", "--case-number",
                "24-101-S02", "--start", "2025-01-01", "--end", "2025-12-31", "--owner-org-number", "212000-2411",
                "--owner", "Sundsvalls kommun", "--counties", "22");
        SesiCli.Result status = sesi().run("status", "--format", "csv");

        assertThat(init.exitCode()).as(init.toString()).isZero();
        assertThat(status.out().lines().skip(1).toList()).hasSize(8).allMatch(l -> l.endsWith(",NO_TARGET"));
    }

    @Test
    void a_blank_pre_study_without_its_facts_lists_every_missing_fact() {
        SesiCli.Result init = sesi().run("--lang", "en", "init", "--template", "blank", "--owner-org-number",
                "716460-3868");

        assertThat(init.exitCode()).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(init.err().lines().toList()).contains(
                "name: required for a blank pre-study",
                "ownerOrgNumber: Organisationsnummer 716460-3868: check digit should be 7");
        assertThat(init.err()).contains("caseNumber:", "start:", "end:", "ownerName:");
        assertThat(sesi().run("status").exitCode()).isEqualTo(ExitCode.NOT_FOUND);
    }

    @Test
    void the_sesi_template_refuses_facts_that_belong_to_a_blank_one() {
        SesiCli.Result init = sesi().run("init", "--name", "Something else");
        assertThat(init.exitCode()).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(init.err()).contains("--template blank");
    }

    @Test
    void unknown_values_are_usage_errors() {
        for (List<String> args : List.of(List.of("--lang", "de", "status"), List.of("status", "--format", "xml"),
                List.of("init", "--template", "other"), List.of("no-such-command"))) {
            SesiCli.Result result = sesi().run(args.toArray(String[]::new));
            assertThat(result.exitCode()).as(args + "\n" + result).isEqualTo(ExitCode.INVALID_INPUT);
            assertThat(result.err()).as(args.toString()).isNotBlank().doesNotContain("Exception");
        }
    }
}
