package se.coompanion.sesi.adapters.cli.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.coompanion.sesi.adapters.cli.SesiCli;

/**
 * The demo's implementation project draft: the check names exactly the gaps its data leaves, every activity rests on
 * evidence that resolves, and erasing the evidence behind an activity makes the check name the activity.
 */
class ImplementationDemoTest {

    @TempDir
    Path directory;

    private static List<String> split(String cell) {
        return cell.isEmpty() ? List.of() : Arrays.asList(cell.split("\\|"));
    }

    @Test
    void on_the_demo_the_check_names_exactly_the_gaps_the_demo_data_leaves() {
        SesiCli sesi = DemoRun.shared().cli(directory);
        // the live activities (the demo accepts A1-A4 and A7, merges A5 into A1 and drops A6) and what they rest on:
        // their recommendations' evidence as the synthesis lists it, their own evidence and their modules
        List<List<String>> activities = DemoRun.csv(sesi, "implementation", "show", "activities", "--format", "csv");
        List<List<String>> live = activities.stream().filter(r -> r.get(1).equals("ACCEPTED")
                || r.get(1).equals("PROPOSED")).toList();
        assertThat(live).extracting(r -> r.get(0)).containsExactly("A1", "A2", "A3", "A4", "A7");
        Map<String, List<String>> evidenceOf = DemoRun.csv(sesi, "synthesis", "list", "--format", "csv").stream()
                .collect(Collectors.toMap(r -> r.get(0), r -> split(r.get(3))));
        Set<String> cited = new HashSet<>();
        Set<String> modules = new HashSet<>();
        for (List<String> activity : live) {
            split(activity.get(3)).forEach(n -> cited.addAll(evidenceOf.get(n)));
            cited.addAll(split(activity.get(4)));
            modules.addAll(split(activity.get(5)));
        }
        // what the modules address, from the learning programme's versions
        Set<String> trained = new HashSet<>();
        for (String version : List.of("1", "2")) {
            DemoRun.csv(sesi, "learning", "module", "list", "--programme-version", version, "--format", "csv")
                    .stream().filter(r -> modules.contains(r.get(0) + "/" + r.get(1)))
                    .forEach(r -> trained.addAll(split(r.get(5))));
        }
        List<List<String>> expected = new ArrayList<>();
        // the prioritised needs (raised with priority high), in the needs analysis's order, that no live activity cites
        DemoRun.csv(sesi, "needs", "themes", "--format", "csv").stream()
                .filter(r -> Integer.parseInt(r.get(2)) > 0 && !cited.contains("need:" + r.get(0)))
                .forEach(r -> expected.add(List.of("NEED_UNANSWERED", r.get(0))));
        // the five largest gaps no live activity cites or trains
        DemoRun.csv(sesi, "competence", "ranking", "--format", "csv").stream().limit(5)
                .filter(r -> !cited.contains("borich:" + r.get(1)) && !trained.contains(r.get(1)))
                .forEach(r -> expected.add(List.of("GAP_UNANSWERED", r.get(1))));
        // the partners are the shortlist; the demo's Kramfors kommun declined its letter of intent
        Map<String, String> municipalityByName = DemoRun.csv(sesi, "actor", "list", "--format", "csv").stream()
                .collect(Collectors.toMap(r -> r.get(2), r -> r.get(5)));
        Set<String> partnered = DemoRun.csv(sesi, "stakeholder", "shortlist", "--format", "csv").stream()
                .map(r -> r.get(2)).filter(name -> !name.equals("Kramfors kommun")).map(municipalityByName::get)
                .collect(Collectors.toSet());
        List<List<String>> region = DemoRun.csv(sesi, "needs", "coverage", "--format", "csv");
        new TreeSet<>(region.stream().map(r -> r.get(2)).toList()).stream()
                .filter(county -> partnered.stream().noneMatch(m -> m.startsWith(county)))
                .forEach(county -> expected.add(List.of("COUNTY_WITHOUT_PARTNER", county)));
        region.stream().map(r -> r.get(0)).filter(code -> !partnered.contains(code))
                .forEach(code -> expected.add(List.of("MUNICIPALITY_WITHOUT_PARTNER", code)));
        // the demo's edits: every result has a baseline but A7's information meetings; every result a target but
        // the two support-structure shares it left open (A3/2 Västernorrland, A3/3 networks); it names activities for
        // gender equality and accessibility only
        expected.add(List.of("INDICATOR_WITHOUT_BASELINE", "A7/1"));
        expected.add(List.of("INDICATOR_WITHOUT_TARGET", "A3/2"));
        expected.add(List.of("INDICATOR_WITHOUT_TARGET", "A3/3"));
        expected.add(List.of("PRINCIPLE_WITHOUT_ACTIVITY", "NON_DISCRIMINATION"));

        List<List<String>> gaps = DemoRun.csv(sesi, "implementation", "check", "--format", "csv");

        assertThat(gaps).extracting(r -> List.of(r.get(0), r.get(1))).containsExactlyElementsOf(expected);
        // the data as the demo leaves it: two needs, one gap, nine municipalities (Kramfors among them), no county
        assertThat(expected).hasSize(16);
        assertThat(DemoRun.shared().result().out()).contains("prövningen mot underlaget hittar 16 punkter",
                "Kramfors kommun (2282): ingen partner i utkastet");
    }

    @Test
    void every_activity_of_the_demo_draft_resolves_to_evidence_and_the_draft_survives_a_backup() {
        SesiCli sesi = DemoRun.shared().cli(directory);
        Map<String, List<String>> resolvedByRecommendation = DemoRun.csv(sesi, "synthesis", "evidence", "--format",
                "csv").stream().collect(Collectors.groupingBy(r -> r.get(0), Collectors.mapping(r -> r.get(4),
                        Collectors.toList())));

        for (List<String> activity : DemoRun.csv(sesi, "implementation", "show", "activities", "--format", "csv")) {
            List<String> resolved = split(activity.get(3)).stream().flatMap(n -> resolvedByRecommendation.get(n)
                    .stream()).toList();
            assertThat(resolved).as(activity.get(0)).isNotEmpty().allMatch("true"::equals);
            assertThat(activity.get(6)).as(activity.get(0) + " unresolved").isEqualTo("0");
        }
        assertThat(DemoRun.csv(sesi, "implementation", "show", "evidence", "--format", "csv"))
                .extracting(r -> r.get(3)).isNotEmpty().allMatch("true"::equals);
        DemoRun.shared().sameAfterRestore(directory, new String[] {"implementation", "check"},
                new String[] {"implementation", "show", "activities"},
                new String[] {"implementation", "show", "results"},
                new String[] {"implementation", "show", "partners"}, new String[] {"implementation", "show", "aims"});
    }

    @Test
    void erasing_the_need_an_activity_rests_on_makes_the_check_name_that_activity() throws SQLException {
        Path copy = DemoRun.shared().copyDatabase(directory.resolve("copy"));
        SesiCli sesi = new SesiCli(directory.resolve("copy"));
        Function<List<List<String>>, List<List<String>>> broken = gaps -> gaps.stream()
                .filter(g -> g.get(0).equals("BROKEN_EVIDENCE") || g.get(0).equals("UNSUPPORTED_CLAIM"))
                .map(g -> List.of(g.get(0), g.get(1), g.get(2))).toList();
        assertThat(broken.apply(DemoRun.csv(sesi, "implementation", "check", "--format", "csv"))).isEmpty();

        try (Connection connection = DriverManager.getConnection("jdbc:h2:file:" + copy.toAbsolutePath()
                + ";IFEXISTS=TRUE", "sa", ""); Statement statement = connection.createStatement()) {
            assertThat(statement.executeUpdate("delete from need where theme_code = 'PUBLIC_PROCUREMENT'"))
                    .isPositive();
        }
        List<List<String>> gaps = DemoRun.csv(sesi, "implementation", "check", "--format", "csv");

        // A1 rests on recommendation 1, which cites need:PUBLIC_PROCUREMENT; so does aim 2
        assertThat(broken.apply(gaps)).containsExactly(
                List.of("BROKEN_EVIDENCE", "aim:2", "need:PUBLIC_PROCUREMENT"),
                List.of("BROKEN_EVIDENCE", "activity:A1", "need:PUBLIC_PROCUREMENT"));
        assertThat(gaps.get(1).get(3)).contains("Aktivitet A1", "need:PUBLIC_PROCUREMENT hittas inte längre");
    }
}
