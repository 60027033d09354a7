package se.coompanion.sesi.adapters.cli.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.coompanion.sesi.adapters.cli.SesiCli;
import se.coompanion.sesi.domain.shared.County;
import se.coompanion.sesi.domain.shared.Municipality;

/** The demo's actor register, environmental scan and stakeholder analysis, as a user would look at them. */
class ActorScanStakeholderDemoTest {

    @TempDir
    static Path directory;

    private static SesiCli sesi;
    private static Path out;

    @BeforeAll
    static void run_the_demo() {
        out = DemoRun.shared().out();
        sesi = new SesiCli(directory).env("SESI_DB", DemoRun.shared().database().toString());
    }

    /** The rows of a listing's CSV, without the header. */
    private static List<List<String>> csv(String... args) {
        try (CSVParser parser = CSVFormat.RFC4180.parse(new StringReader(sesi.ok(args).out()))) {
            return parser.getRecords().stream().skip(1).map(CSVRecord::toList).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void the_register_holds_the_fifteen_municipalities_with_their_real_names_and_codes() {
        List<List<String>> actors = csv("actor", "list", "--role", "MUNICIPALITY", "--format", "csv");
        Set<String> expected = County.of("22").municipalities().stream().map(Municipality::code)
                .collect(Collectors.toSet());
        expected.addAll(County.of("23").municipalities().stream().map(Municipality::code).toList());

        assertThat(actors).hasSize(15);
        assertThat(actors).extracting(a -> a.get(5)).containsExactlyInAnyOrderElementsOf(expected);
        for (List<String> actor : actors) {
            assertThat(actor.get(2)).isEqualTo(Municipality.of(actor.get(5)).name());
        }
    }

    @Test
    void invented_organisations_are_marked_fictional_and_only_certain_numbers_are_real() {
        List<List<String>> actors = csv("actor", "list", "--format", "csv");

        assertThat(actors).extracting(a -> a.get(2)).contains("Region Västernorrland", "Region Jämtland Härjedalen",
                "Arbetsförmedlingen", "Försäkringskassan", "Mittuniversitetet");
        assertThat(actors).filteredOn(a -> a.get(4).contains("COORDINATION_ASSOCIATION")).hasSize(2);
        assertThat(actors).filteredOn(a -> a.get(4).contains("WORK_INTEGRATION_SOCIAL_ENTERPRISE")).isNotEmpty();
        assertThat(actors).filteredOn(a -> a.get(4).contains("NON_PROFIT_WITH_BUSINESS")).isNotEmpty();
        for (List<String> actor : actors) {
            boolean certain = actor.get(1).equals("212000-2411") || actor.get(1).equals("716460-3867");
            if (!actor.get(1).isEmpty() && !certain) {
                assertThat(actor.get(10)).as(actor.get(2)).startsWith("Fiktiv organisation");
            }
        }
        assertThat(Files.exists(out.resolve("aktorer.csv"))).isTrue();
    }

    @Test
    void contacts_are_invented_with_reserved_addresses_and_fiction_numbers() {
        List<List<String>> contacts = csv("contact", "list", "--format", "csv");

        assertThat(contacts).hasSizeGreaterThanOrEqualTo(10);
        for (List<String> contact : contacts) {
            assertThat(contact.get(5)).as(contact.get(3)).matches("|[^@]+@[a-z.-]+\\.example");
            assertThat(contact.get(6)).as(contact.get(3)).matches("|070-174 06 [0-9]{2}");
        }
    }

    @Test
    void the_scan_has_a_dozen_sources_and_findings_and_examples_are_marked() {
        List<List<String>> sources = csv("scan", "source", "list", "--format", "csv");
        List<List<String>> findings = csv("scan", "finding", "list", "--format", "csv");

        assertThat(sources).hasSizeGreaterThanOrEqualTo(12);
        assertThat(findings).hasSizeGreaterThanOrEqualTo(10);
        assertThat(sources).filteredOn(s -> s.get(2).startsWith("Exempel")).allMatch(s -> s.get(8).equals("true"));
        assertThat(sources).filteredOn(s -> s.get(8).equals("true")).allMatch(s -> s.get(2).startsWith("Exempel"));
        assertThat(sources).allMatch(s -> !s.get(9).equals("0"), "every source is cited by a finding");
    }

    @Test
    void the_assessments_cover_every_quadrant_and_every_salience_class_and_make_a_shortlist() {
        List<List<String>> grid = csv("stakeholder", "grid", "--format", "csv");

        assertThat(grid).extracting(g -> g.get(4)).contains("MANAGE_CLOSELY", "KEEP_SATISFIED", "KEEP_INFORMED",
                "MONITOR");
        assertThat(grid).extracting(g -> g.get(5)).contains("NON_STAKEHOLDER", "DORMANT", "DISCRETIONARY",
                "DEMANDING", "DOMINANT", "DANGEROUS", "DEPENDENT", "DEFINITIVE");
        assertThat(csv("stakeholder", "shortlist", "--format", "csv")).isNotEmpty()
                .first().satisfies(first -> assertThat(first.get(3)).isEqualTo("CO_APPLICANT"));
        assertThat(csv("stakeholder", "history", "region-vasternorrland", "--format", "csv")).hasSize(2);
        assertThat(sesi.ok("status", "--format", "csv").out())
                .containsPattern("STAKEHOLDER_ANALYSIS,38,23,ACTORS,60.5,IN_PROGRESS")
                .containsPattern("ENVIRONMENTAL_SCAN,1,11,FINDINGS,1100.0,DONE");
        assertThat(out.resolve("intressentanalys.html")).content().contains("<svg", "Intressenter");
    }

    @Test
    void the_register_scan_and_assessments_survive_a_backup_and_restore() {
        Path backup = directory.resolve("backup.zip");
        SesiCli restored = new SesiCli(directory.resolve("restored"));

        sesi.ok("db", "backup", backup.toString());
        restored.ok("db", "restore", backup.toString());

        for (String[] listing : new String[][] {{"actor", "list"}, {"contact", "list"}, {"scan", "source", "list"},
            {"scan", "finding", "list"}, {"stakeholder", "grid"}, {"stakeholder", "shortlist"},
            {"stakeholder", "history", "region-vasternorrland"}, {"status"}}) {
            String[] csv = java.util.Arrays.copyOf(listing, listing.length + 2);
            csv[listing.length] = "--format";
            csv[listing.length + 1] = "csv";
            assertThat(restored.ok(csv).out()).as(String.join(" ", listing)).isEqualTo(sesi.ok(csv).out());
        }
        int contacts = csv("contact", "list", "--format", "csv").size();
        assertThat(restored.ok("--lang", "en", "contact", "add", "mittuniversitetet", "--name", "Ny Person").out())
                .as("numbering continues after the restored contacts")
                .contains("Registered contact " + (contacts + 1) + ":");
    }
}
