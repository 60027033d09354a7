package se.coompanion.sesi.adapters.cli.synthesis;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.coompanion.sesi.adapters.cli.ExitCode;
import se.coompanion.sesi.adapters.cli.SesiCli;
import se.coompanion.sesi.adapters.cli.demo.DemoRun;

/** {@code sesi synthesis ...} on a copy of the demo's database (its seven recommendations). */
class SynthesisCommandsTest {

    @TempDir
    Path directory;

    private SesiCli sesi;

    @BeforeEach
    void aCopyOfTheDemo() {
        DemoRun.shared().copyDatabase(directory);
        sesi = new SesiCli(directory);
    }

    private List<String> csv(String... args) {
        return sesi.ok(args).out().lines().toList();
    }

    @Test
    void the_list_and_the_evidence_have_their_fixed_csv_headers() {
        List<String> list = csv("synthesis", "list", "--format", "csv");
        List<String> evidence = csv("synthesis", "evidence", "1", "--format", "csv");

        assertThat(list.get(0)).isEqualTo("number,priority,statement,evidence,unresolved,rationale");
        assertThat(list).hasSize(8);
        assertThat(list.get(1))
                .startsWith("1,HIGH,\"Bygg genomförandeprojektets lärprogram kring offentlig upphandling")
                .contains(",need:PUBLIC_PROCUREMENT|borich:public_procurement|survey:behov_upphandling|finding:10|"
                        + "seminar:1/2|pilot:1/M1,0,");
        assertThat(evidence.get(0)).isEqualTo("recommendation,position,reference,kind,resolved,summary");
        assertThat(evidence.subList(1, evidence.size())).extracting(l -> l.split(",")[2]).containsExactly(
                "need:PUBLIC_PROCUREMENT", "borich:public_procurement", "survey:behov_upphandling", "finding:10",
                "seminar:1/2", "pilot:1/M1");
        assertThat(evidence.subList(1, evidence.size())).allMatch(l -> l.split(",")[4].equals("true"));
        assertThat(evidence.get(2)).contains("BORICH_RANK", "rang 1 av 17 i Borich-rangordningen");
        assertThat(evidence.get(5)).contains("SEMINAR_OUTCOME", "relevans för regionen 4,17 (N 18)");
        assertThat(evidence.get(6)).contains("PILOT_RESULT", "modul M1", "relevans 4,67 (N 12)");
    }

    @Test
    void a_recommendation_is_recorded_with_its_evidence_summarised() {
        SesiCli.Result recorded = sesi.run("--lang", "en", "synthesis", "recommend", "--priority", "medium",
                "--statement", "Reach the municipalities without a partner candidate first",
                "--evidence", "need:2281/WORK_INTEGRATION", "--evidence", "partner:212000-2411");

        assertThat(recorded.exitCode()).as(recorded.toString()).isZero();
        assertThat(recorded.out()).contains("Recommendation 8 recorded, resting on 2 pieces of evidence",
                "need:2281/WORK_INTEGRATION: Sundsvalls kommun, Work integration", "partner:sundsvalls-kommun: "
                        + "Sundsvalls kommun: no. 3 on the partner shortlist");
        assertThat(csv("synthesis", "list", "--format", "csv")).hasSize(9);
    }

    @Test
    void malformed_evidence_is_exit_2_and_evidence_naming_nothing_is_exit_3_with_every_reference_named() {
        SesiCli.Result malformed = sesi.run("--lang", "en", "synthesis", "recommend", "--priority", "HIGH",
                "--statement", "x", "--evidence", "need", "--evidence", "rumour:1");
        SesiCli.Result missing = sesi.run("--lang", "en", "synthesis", "recommend", "--priority", "HIGH",
                "--statement", "x", "--evidence", "finding:99", "--evidence", "borich:no_such_competence",
                "--evidence", "need:WORK_INTEGRATION");
        SesiCli.Result none = sesi.run("--lang", "en", "synthesis", "recommend", "--priority", "HIGH",
                "--statement", "x");

        assertThat(malformed.exitCode()).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(malformed.err()).contains("write KIND:WHAT", "Evidence kind \"rumour\"");
        assertThat(missing.exitCode()).isEqualTo(ExitCode.NOT_FOUND);
        assertThat(missing.err()).contains("2 pieces of evidence name no record",
                "finding:99: there is no finding 99",
                "borich:no_such_competence: the competence no_such_competence is not in the framework")
                .doesNotContain("need:WORK_INTEGRATION:");
        assertThat(none.exitCode()).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(none.err()).contains("--evidence");
        assertThat(csv("synthesis", "list", "--format", "csv")).as("nothing stored").hasSize(8);
        assertThat(sesi.run("synthesis", "evidence", "99").exitCode()).isEqualTo(ExitCode.NOT_FOUND);
    }

    @Test
    void every_part_of_the_cross_analysis_has_its_csv_header_and_csv_needs_a_part() {
        assertThat(csv("synthesis", "cross", "themes", "--format", "csv").get(0))
                .isEqualTo("theme,municipalities,high,medium,low,gap_signal,survey_signal,sources");
        assertThat(csv("synthesis", "cross", "links", "--format", "csv").get(0))
                .isEqualTo("theme,kind,link,rank,count,valid,share,signal");
        assertThat(csv("synthesis", "cross", "gaps", "--format", "csv").get(0))
                .isEqualTo("rank,competence,mwds,theme,municipalities");
        assertThat(csv("synthesis", "cross", "learning", "--format", "csv").get(0))
                .isEqualTo("theme,municipalities,high,competences,modules,covered");
        // the latest version's M1 addresses public_procurement; no module addresses sparse areas (unlinked)
        assertThat(csv("synthesis", "cross", "learning", "--format", "csv")).contains(
                "PUBLIC_PROCUREMENT,5,1,public_procurement,M1,true", "SERVICE_IN_SPARSE_AREAS,5,3,,,false");
        // the learning programme's own coverage of the five largest gaps: marketing and sales (rank 5) left open
        assertThat(csv("synthesis", "cross", "coverage", "--format", "csv")).containsExactly(
                "rank,competence,mwds,modules,covered", "1,public_procurement,11.04,M1,true",
                "2,work_integration_supervision,10.56,M3,true", "3,impact_measurement,9.66,M5,true",
                "4,financing_and_grants,8.80,M2,true", "5,marketing_and_sales,6.67,,false");
        List<String> partners = csv("synthesis", "cross", "partners", "--format", "csv");
        assertThat(partners.get(0)).isEqualTo("municipality_code,municipality,local_actors,assessed,candidates");
        assertThat(partners).hasSize(16).contains("2260,Ånge kommun,2,1,",
                "2281,Sundsvalls kommun,4,4,grona-hander-arbetskooperativ-ek-for|samordningsforbundet-ljungan-indal"
                        + "|sundsvalls-kommun");
        // public procurement: raised by 5 municipalities, rank 1 among the gaps; the survey's 4 or 5 share is
        // below half, so two sources point at it
        assertThat(csv("synthesis", "cross", "themes", "--format", "csv"))
                .contains("PUBLIC_PROCUREMENT,5,1,3,1,true,false,2");

        assertThat(sesi.run("synthesis", "cross", "--format", "csv").exitCode()).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(sesi.run("synthesis", "cross", "everything").exitCode()).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(sesi.ok("synthesis", "cross").out()).contains("De teman flest kommuner tog upp",
                "8 av 15 kommuner saknar tänkbar partner");
    }

    @Test
    void every_synthesis_command_has_help_in_both_languages() {
        for (String command : new String[] {"recommend", "list", "evidence", "cross"}) {
            assertThat(sesi.ok("synthesis", command, "--help").out()).contains("Användning")
                    .doesNotContain("usage.description");
            assertThat(sesi.ok("--lang", "en", "synthesis", command, "--help").out()).contains("Usage")
                    .doesNotContain("usage.description");
        }
    }
}
