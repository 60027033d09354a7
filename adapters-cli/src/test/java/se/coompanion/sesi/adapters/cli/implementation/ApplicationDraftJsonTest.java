package se.coompanion.sesi.adapters.cli.implementation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.coompanion.sesi.adapters.cli.ExitCode;
import se.coompanion.sesi.adapters.cli.SesiCli;
import se.coompanion.sesi.adapters.cli.demo.DemoRun;
import se.coompanion.sesi.adapters.cli.reliability.DatabaseFingerprint;
import se.coompanion.sesi.adapters.persistence.DatabaseConfig;
import se.coompanion.sesi.adapters.persistence.SesiDatabase;
import se.coompanion.sesi.application.SesiApplication;
import se.coompanion.sesi.application.implementation.port.in.ShowImplementationDraft;
import se.coompanion.sesi.application.implementation.port.in.ShowImplementationDraft.ActivityView;
import se.coompanion.sesi.application.implementation.port.in.ShowImplementationDraft.PartnerView;
import se.coompanion.sesi.application.implementation.port.in.ShowImplementationDraft.ResultView;
import se.coompanion.sesi.application.testing.TestValidation;
import se.coompanion.sesi.domain.implementation.Baseline;
import se.coompanion.sesi.domain.implementation.IndicatorUnit;
import se.coompanion.sesi.domain.implementation.LetterOfIntent;
import se.coompanion.sesi.domain.implementation.Risk;

/**
 * The JSON export of the application draft the demo writes ({@code ansokningsutkast-{sv,en}.json}), read back with
 * Jackson as another system would: every activity, result with its indicator (baseline and target), partner and risk
 * of the draft's model is in it with the model's values; every claim's number is an entry of its annex; it agrees
 * with the HTML document; and {@code sesi implementation document --format json} writes it through the output guard.
 */
class ApplicationDraftJsonTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path shared;

    /** The draft's model, read from a copy of the demo database through the use case. */
    private static ShowImplementationDraft.DraftView model;

    @TempDir
    Path directory;

    @BeforeAll
    static void model() {
        Path copy = DemoRun.shared().copyDatabase(shared.resolve("model"));
        try (SesiDatabase db = SesiDatabase.open(DatabaseConfig.h2File(copy))) {
            model = SesiApplication.create(db.ports(), TestValidation.validator(), Clock.systemDefaultZone())
                    .implementation().showImplementationDraft().show();
        }
    }

    private static JsonNode demo(String lang) throws IOException {
        return JSON.readTree(DemoRun.shared().out().resolve("ansokningsutkast-" + lang + ".json").toFile());
    }

    private static BigDecimal shown(BigDecimal value, IndicatorUnit unit) {
        return value.setScale(unit == IndicatorUnit.COUNT ? 0 : 2, RoundingMode.HALF_UP);
    }

    private static void assertNumber(JsonNode node, Optional<BigDecimal> expected, IndicatorUnit unit, String what) {
        if (expected.isEmpty()) {
            assertThat(node.isNull()).as(what + " is null").isTrue();
        } else {
            assertThat(node.isNumber()).as(what + " is a number").isTrue();
            assertThat(node.decimalValue()).as(what).isEqualByComparingTo(shown(expected.get(), unit));
        }
    }

    @Test
    void every_activity_result_partner_and_risk_of_the_model_is_in_the_json_with_its_values() throws IOException {
        for (String lang : List.of("sv", "en")) {
            JsonNode json = demo(lang);
            assertThat(json.get("preStudy").get("caseNumber").textValue())
                    .isEqualTo(model.preStudy().facts().caseNumber().value());
            assertThat(json.get("title").textValue()).isEqualTo(model.draft().title());

            JsonNode activities = json.get("projectLogic").get("activities");
            List<ActivityView> live = model.liveActivities();
            assertThat(live).hasSize(5);
            assertThat(activities).as(lang).hasSize(live.size());
            for (int i = 0; i < live.size(); i++) {
                ActivityView expected = live.get(i);
                JsonNode activity = activities.get(i);
                String id = expected.activity().id().toString();
                assertThat(activity.get("id").textValue()).isEqualTo(id);
                assertThat(activity.get("status").textValue()).isEqualTo(expected.activity().status().name());
                assertThat(activity.get("title").textValue()).isEqualTo(expected.activity().title());
                assertThat(activity.get("results")).as(id).hasSize(expected.results().size());
                for (int r = 0; r < expected.results().size(); r++) {
                    ResultView result = expected.results().get(r);
                    JsonNode node = activity.get("results").get(r);
                    String resultId = id + "/" + result.result().number();
                    JsonNode indicator = node.get("indicator");
                    IndicatorUnit unit = result.result().indicator().unit();
                    assertThat(node.get("id").textValue()).isEqualTo(resultId);
                    assertThat(node.get("level").textValue()).isEqualTo(result.result().level().name());
                    assertThat(node.get("description").textValue()).isEqualTo(result.result().description());
                    assertThat(indicator.get("name").textValue()).isEqualTo(result.result().indicator().name());
                    assertThat(indicator.get("unit").textValue()).isEqualTo(unit.name());
                    assertNumber(indicator.get("target"), result.result().indicator().target(), unit,
                            resultId + " target");
                    Optional<Baseline> baseline = result.result().indicator().baseline();
                    if (baseline.isEmpty()) {
                        assertThat(indicator.get("baseline").isNull()).as(resultId).isTrue();
                        continue;
                    }
                    JsonNode base = indicator.get("baseline");
                    assertNumber(base.get("value"), result.baseline(), unit, resultId + " baseline");
                    if (baseline.get() instanceof Baseline.Stated stated) {
                        assertThat(base.get("source").textValue()).isEqualTo("STATED");
                        assertThat(base.get("note").textValue()).isEqualTo(stated.note().orElse(null));
                        assertThat(base.get("evidence").isNull()).isTrue();
                    } else {
                        assertThat(base.get("source").textValue()).isEqualTo("MEASURED");
                        assertThat(base.get("reference").textValue())
                                .isEqualTo(((Baseline.Measured) baseline.get()).code());
                        assertThat(base.get("evidence").intValue())
                                .isEqualTo(model.annexNumber(result.evidence().orElseThrow().reference()));
                    }
                }
            }
            // the demo's known values, so that a model read wrongly cannot pass: A1/2 is 88 of 350, 25.14 %
            JsonNode a12 = activities.get(0).get("results").get(1).get("indicator").get("baseline");
            assertThat(a12.get("reference").textValue()).isEqualTo("survey:behov_upphandling=4+5");
            assertThat(a12.get("value").decimalValue()).isEqualByComparingTo("25.14");

            JsonNode partners = json.get("partners").get("partners");
            assertThat(partners).hasSize(model.partners().size());
            for (int i = 0; i < model.partners().size(); i++) {
                PartnerView expected = model.partners().get(i);
                JsonNode partner = partners.get(i);
                assertThat(partner.get("actor").textValue()).isEqualTo(expected.partner().actor().value());
                assertThat(partner.get("name").textValue()).isEqualTo(expected.actor().orElseThrow().name());
                assertThat(partner.get("role").textValue()).isEqualTo(expected.partner().role().name());
                assertThat(partner.get("counts").booleanValue()).isEqualTo(expected.partner().counts());
                Optional<LetterOfIntent> letter = expected.partner().letter();
                if (letter.isEmpty()) {
                    assertThat(partner.get("letter").isNull()).isTrue();
                } else {
                    JsonNode node = partner.get("letter");
                    assertThat(node.get("state").textValue()).isEqualTo(letter.get().state().name());
                    assertThat(node.get("requestedOn").textValue())
                            .isEqualTo(letter.get().requestedOn().map(Object::toString).orElse(null));
                    assertThat(node.get("answeredOn").textValue())
                            .isEqualTo(letter.get().answeredOn().map(Object::toString).orElse(null));
                }
            }
            assertThat(partners.findValuesAsText("state")).contains("SIGNED", "REQUESTED", "DECLINED");

            JsonNode risks = json.get("risks").get("risks");
            assertThat(risks).hasSize(model.risks().size()).hasSize(2);
            for (int i = 0; i < model.risks().size(); i++) {
                Risk expected = model.risks().get(i);
                JsonNode risk = risks.get(i);
                assertThat(risk.get("number").intValue()).isEqualTo(expected.number());
                assertThat(risk.get("description").textValue()).isEqualTo(expected.description());
                assertThat(risk.get("likelihood").textValue()).isEqualTo(expected.likelihood().name());
                assertThat(risk.get("impact").textValue()).isEqualTo(expected.impact().name());
                assertThat(risk.get("score").isInt()).isTrue();
                assertThat(risk.get("score").intValue()).isEqualTo(expected.score());
                assertThat(risk.get("mitigation").textValue()).isEqualTo(expected.mitigation());
            }
            assertThat(json.get("openPointCount").intValue()).isEqualTo(model.gaps().size()).isEqualTo(16);
        }
    }

    @Test
    void every_claim_number_anywhere_resolves_to_an_annex_entry_that_the_html_has_too() throws IOException {
        for (String lang : List.of("sv", "en")) {
            JsonNode json = demo(lang);
            Set<Integer> annex = new TreeSet<>();
            for (JsonNode entry : json.get("evidence").get("entries")) {
                annex.add(entry.get("number").intValue());
                assertThat(entry.get("resolves").booleanValue()).isTrue();
                assertThat(entry.get("citedBy")).as(entry.toString()).isNotEmpty();
                assertThat(entry.get("summaryText").textValue()).isNotBlank();
            }
            assertThat(annex).hasSize(model.annex().size());
            Set<Integer> cited = new TreeSet<>();
            for (JsonNode node : json.findValues("evidence")) {
                if (node.isArray()) {
                    node.forEach(n -> cited.add(n.intValue()));
                } else if (node.isInt()) {
                    cited.add(node.intValue());
                }
            }
            assertThat(annex).containsAll(cited);
            assertThat(cited).containsAll(annex);

            String html = Files.readString(DemoRun.shared().out().resolve("ansokningsutkast-" + lang + ".html"));
            Set<Integer> htmlAnnex = new TreeSet<>();
            Matcher entries = Pattern.compile("id=\"evidence-(\\d+)\"").matcher(html);
            while (entries.find()) {
                htmlAnnex.add(Integer.parseInt(entries.group(1)));
            }
            assertThat(htmlAnnex).as(lang).isEqualTo(annex);
            List<String> activities = new ArrayList<>();
            json.get("projectLogic").get("activities").forEach(a -> activities.add(a.get("id").textValue() + " "
                    + a.get("title").textValue()));
            for (String activity : activities) {
                assertThat(html).contains("<th scope=\"row\"><span class=\"line\">" + activity);
            }
        }
    }

    @Test
    void the_command_writes_the_json_and_refuses_the_database_as_its_directory_or_its_file() throws IOException {
        SesiCli sesi = DemoRun.shared().cli(directory);
        Path out = directory.resolve("ansokan");
        SesiCli.Result written = sesi.ok("--lang", "en", "implementation", "document", "--out", out.toString(),
                "--format", "json");
        Path file = out.resolve("ansokningsutkast-en.json");
        assertThat(written.out()).contains(file.toString());
        JsonNode json = JSON.readTree(file.toFile());
        assertThat(json.get("language").textValue()).isEqualTo("en");
        assertThat(json.get("problem").get("heading").textValue()).isEqualTo("1. Problem analysis");
        assertThat(JSON.readTree(file.toFile())).isEqualTo(demoWithoutDate("en", json));

        Path database = DemoRun.shared().database().resolveSibling(DemoRun.shared().database().getFileName()
                + ".mv.db");
        DatabaseFingerprint before = DatabaseFingerprint.ofH2(DemoRun.shared().database());
        SesiCli.Result overDatabase = sesi.run("implementation", "document", "--format", "json", "--out",
                database.toString());
        assertThat(overDatabase.exitCode()).as(overDatabase.toString()).isEqualTo(ExitCode.INVALID_INPUT);
        // a file of the draft's name that is a link to the database: the writer refuses it as it writes
        Path trap = directory.resolve("trap");
        Files.createDirectories(trap);
        Files.createSymbolicLink(trap.resolve("ansokningsutkast-en.json"), database);
        SesiCli.Result throughLink = sesi.run("--lang", "en", "implementation", "document", "--format", "json",
                "--out", trap.toString());
        assertThat(throughLink.exitCode()).as(throughLink.toString()).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(throughLink.err()).contains("database in use");
        assertThat(before.differences(DatabaseFingerprint.ofH2(DemoRun.shared().database())))
                .as("the database holds what it held").isEmpty();
        assertThat(database).isRegularFile();
        assertThat(Files.isSymbolicLink(database)).isFalse();
        assertThat(Files.isSymbolicLink(trap.resolve("ansokningsutkast-en.json"))).isTrue();

        SesiCli.Result unknown = sesi.run("--lang", "en", "implementation", "document", "--format", "xml", "--out",
                out.toString());
        assertThat(unknown.exitCode()).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(unknown.err()).contains("allowed are html, md, pdf and json");
        SesiCli.Result report = sesi.run("--lang", "en", "report", "--format", "json", "--out", out.toString());
        assertThat(report.exitCode()).as("the report has no JSON form").isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(report.err()).contains("allowed are html, md and pdf");
    }

    /** The demo's JSON with the day the command was run, which may differ from the demo's when run at midnight. */
    private static JsonNode demoWithoutDate(String lang, JsonNode now) throws IOException {
        JsonNode demo = demo(lang);
        ((com.fasterxml.jackson.databind.node.ObjectNode) demo).set("producedOn", now.get("producedOn"));
        return demo;
    }
}
