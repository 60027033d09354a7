package se.coompanion.sesi.adapters.documents.implementation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.coompanion.sesi.adapters.documents.DocumentFormat;
import se.coompanion.sesi.adapters.documents.ExamplePreStudy;
import se.coompanion.sesi.adapters.documents.SesiDocuments;
import se.coompanion.sesi.application.implementation.port.in.EditAims;
import se.coompanion.sesi.application.implementation.port.in.EditRisks;
import se.coompanion.sesi.application.implementation.port.in.RenameImplementationProject;
import se.coompanion.sesi.application.implementation.port.in.ShowImplementationDraft;
import se.coompanion.sesi.application.shared.NotFoundException;

/**
 * The application draft as JSON ({@link SesiDocuments#implementationDraftJson}) over the documents' example pre-study:
 * read back with Jackson, it holds what the draft's model holds, every evidence number is an annex entry, it agrees
 * with the HTML document, a stream and a file get the same bytes, the team's texts survive whatever characters they
 * hold, and the two languages differ in their labels only.
 */
class ApplicationDraftJsonTest {

    private static final Locale SV = Locale.forLanguageTag("sv");
    private static final Locale EN = Locale.ENGLISH;
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path directory;

    /** The example's draft with an aim and a risk of the team's. */
    private static ExamplePreStudy drafted() {
        ExamplePreStudy study = ApplicationDraftDocumentTest.drafted();
        study.sesi.implementation().editAims().edit(new EditAims.Add("Fler sociala företag lämnar anbud", List.of(1), List.of()));
        study.sesi.implementation().editRisks().edit(new EditRisks.Add("Få anbud", "MEDIUM", "HIGH", "Kurser i förväg"));
        return study;
    }

    private static JsonNode parse(String json) throws IOException {
        return JSON.readTree(json);
    }

    /** Every evidence number a claim of the JSON cites, wherever it is. */
    private static Set<Integer> citedNumbers(JsonNode root) {
        Set<Integer> numbers = new TreeSet<>();
        root.findValues("evidence").forEach(node -> {
            if (node.isArray()) {
                node.forEach(n -> numbers.add(n.intValue()));
            } else if (node.isInt()) {
                numbers.add(node.intValue());
            }
        });
        return numbers;
    }

    @Test
    void the_json_holds_the_model_of_the_draft_with_codes_numbers_and_dates() throws IOException {
        ExamplePreStudy study = drafted();
        ShowImplementationDraft.DraftView model = study.sesi.implementation().showImplementationDraft().show();
        JsonNode json = parse(SesiDocuments.over(study.sesi).implementationDraftJson(model, SV).text());

        assertThat(json.get("schemaVersion").intValue()).isEqualTo(1);
        assertThat(json.get("language").textValue()).isEqualTo("sv");
        assertThat(json.get("producedOn").textValue()).isEqualTo("2024-03-25");
        assertThat(json.get("preStudy").get("caseNumber").textValue())
                .isEqualTo(model.preStudy().facts().caseNumber().value());
        assertThat(json.get("title").textValue()).isEqualTo("Upphandling som väg till arbete");
        List<String> order = new ArrayList<>();
        json.get("sectionOrder").forEach(n -> order.add(n.textValue()));
        assertThat(order).containsExactly("problem", "targetGroups", "aims", "projectLogic", "indicators",
                "principles", "partners", "risks", "spreading", "organisation", "budget", "evidence", "openPoints");
        for (String section : order) {
            assertThat(json.get(section).get("heading").isTextual()).as(section).isTrue();
            assertThat(json.get(section).has("toWrite")).as(section).isTrue();
        }
        for (String part : List.of("problem", "partners", "spreading", "organisation", "budget")) {
            assertThat(json.get(part).get("toWrite").textValue()).as(part).isNotBlank();
        }

        JsonNode activity = json.get("projectLogic").get("activities").get(0);
        var a1 = model.liveActivities().get(0);
        assertThat(activity.get("id").textValue()).isEqualTo(a1.activity().id().toString());
        assertThat(activity.get("status").textValue()).isEqualTo(a1.activity().status().name());
        assertThat(activity.get("statusLabel").textValue()).isEqualTo(a1.activity().status().title().format(SV))
                .isNotEqualTo(a1.activity().status().name());
        assertThat(activity.get("title").textValue()).isEqualTo(a1.activity().title());
        assertThat(activity.get("results")).hasSize(a1.results().size());
        for (int i = 0; i < a1.results().size(); i++) {
            var expected = a1.results().get(i);
            JsonNode result = activity.get("results").get(i);
            JsonNode indicator = result.get("indicator");
            assertThat(result.get("id").textValue()).isEqualTo(a1.activity().id() + "/" + expected.result().number());
            assertThat(result.get("level").textValue()).isEqualTo(expected.result().level().name());
            assertThat(indicator.get("unit").textValue()).isEqualTo(expected.result().indicator().unit().name());
            assertThat(indicator.get("baseline").get("value").isNumber()).isTrue();
            assertThat(indicator.get("baseline").get("value").decimalValue())
                    .isEqualByComparingTo(expected.baseline().orElseThrow().setScale(2, java.math.RoundingMode.HALF_UP));
            assertThat(indicator.get("baseline").get("source").textValue()).isEqualTo("MEASURED");
            assertThat(indicator.get("baseline").get("reference").textValue())
                    .isEqualTo(((se.coompanion.sesi.domain.implementation.Baseline.Measured) expected.result()
                            .indicator().baseline().orElseThrow()).code());
            assertThat(indicator.get("target").isNull()).as("the draft sets no target").isTrue();
        }
        JsonNode partners = json.get("partners").get("partners");
        assertThat(partners).hasSize(model.partners().size());
        for (int i = 0; i < model.partners().size(); i++) {
            assertThat(partners.get(i).get("actor").textValue())
                    .isEqualTo(model.partners().get(i).partner().actor().value());
            assertThat(partners.get(i).get("role").textValue())
                    .isEqualTo(model.partners().get(i).partner().role().name());
            assertThat(partners.get(i).get("letter").isNull()).isTrue();
            assertThat(partners.get(i).get("letterLabel").textValue()).isEqualTo("inte begärd");
        }
        JsonNode risk = json.get("risks").get("risks").get(0);
        assertThat(risk.get("likelihood").textValue()).isEqualTo("MEDIUM");
        assertThat(risk.get("impact").textValue()).isEqualTo("HIGH");
        assertThat(risk.get("score").intValue()).isEqualTo(model.risks().get(0).score()).isEqualTo(6);
        assertThat(json.get("openPointCount").intValue()).isEqualTo(model.gaps().size());
        assertThat(json.get("openPoints").get("points")).hasSize(model.gaps().size());
        assertThat(json.get("openPoints").get("points").get(0).get("kind").textValue())
                .isEqualTo(model.gaps().get(0).kind().name());
    }

    @Test
    void every_evidence_number_is_an_annex_entry_and_every_entry_is_cited() throws IOException {
        ExamplePreStudy study = drafted();
        JsonNode json = parse(SesiDocuments.over(study.sesi).implementationDraftJson(EN).text());

        JsonNode entries = json.get("evidence").get("entries");
        Set<Integer> annex = new TreeSet<>();
        for (int i = 0; i < entries.size(); i++) {
            JsonNode entry = entries.get(i);
            assertThat(entry.get("number").intValue()).isEqualTo(i + 1);
            annex.add(entry.get("number").intValue());
            assertThat(entry.get("reference").textValue()).matches("[a-z]+:.+");
            assertThat(entry.get("kind").textValue()).matches("[A-Z_]+");
            assertThat(entry.get("summaryText").textValue()).as(entry.toString()).isNotBlank()
                    .doesNotContain(entry.get("reference").textValue());
            assertThat(entry.get("resolves").booleanValue()).isTrue();
            assertThat(entry.get("figures").size()).as(entry.toString()).isPositive();
            entry.get("figures").forEach(f -> assertThat(f.isNumber() || f.isNull()).isTrue());
            assertThat(entry.get("citedBy")).as(entry.toString()).isNotEmpty();
        }
        Set<Integer> cited = citedNumbers(json);
        assertThat(cited).isNotEmpty();
        assertThat(annex).containsAll(cited);
        assertThat(cited).containsAll(annex);
    }

    @Test
    void the_json_and_the_html_document_show_the_same_activities_and_evidence_numbers() throws IOException {
        ExamplePreStudy study = drafted();
        SesiDocuments documents = SesiDocuments.over(study.sesi);
        ShowImplementationDraft.DraftView model = study.sesi.implementation().showImplementationDraft().show();
        String html = documents.implementationDraft(model, DocumentFormat.HTML, SV).text();
        JsonNode json = parse(documents.implementationDraftJson(model, SV).text());

        Set<String> htmlNumbers = new TreeSet<>();
        Matcher entry = Pattern.compile("id=\"evidence-(\\d+)\"").matcher(html);
        while (entry.find()) {
            htmlNumbers.add(entry.group(1));
        }
        Set<String> jsonNumbers = new TreeSet<>();
        json.get("evidence").get("entries").forEach(e -> jsonNumbers.add(e.get("number").asText()));
        assertThat(jsonNumbers).isNotEmpty().isEqualTo(htmlNumbers);
        for (JsonNode activity : json.get("projectLogic").get("activities")) {
            assertThat(html).contains(activity.get("id").textValue() + " " + activity.get("title").textValue());
            // the activity's row of the logic's table cites exactly the JSON's numbers
            Matcher row = Pattern.compile("(?s)<th scope=\"row\"><span class=\"line\">" + activity.get("id").textValue()
                    + " .*?</th>").matcher(html);
            assertThat(row.find()).isTrue();
            Set<Integer> rowNumbers = new LinkedHashSet<>();
            Matcher ref = Pattern.compile("href=\"#evidence-(\\d+)\"").matcher(row.group());
            while (ref.find()) {
                rowNumbers.add(Integer.parseInt(ref.group(1)));
            }
            List<Integer> jsonRefs = new ArrayList<>();
            activity.get("evidence").forEach(n -> jsonRefs.add(n.intValue()));
            assertThat(rowNumbers).containsExactlyElementsOf(jsonRefs);
        }
    }

    @Test
    void a_stream_and_a_file_receive_the_same_bytes_under_the_drafts_file_name() throws IOException {
        SesiDocuments documents = SesiDocuments.over(drafted().sesi);
        for (Locale locale : List.of(SV, EN)) {
            var document = documents.implementationDraftJson(locale);
            ByteArrayOutputStream stream = new ByteArrayOutputStream();
            document.writeTo(stream);
            Path file = document.writeInto(directory);

            assertThat(file.getFileName().toString()).isEqualTo("ansokningsutkast-" + locale.getLanguage()
                    + ".json");
            assertThat(document.mediaType()).isEqualTo("application/json");
            assertThat(Files.readAllBytes(file)).isEqualTo(stream.toByteArray())
                    .isEqualTo(document.text().getBytes(java.nio.charset.StandardCharsets.UTF_8));
            assertThat(document.text()).startsWith("{\n  \"schemaVersion\": 1,\n").endsWith("}\n")
                    .contains("\"title\": \"Upphandling som väg till arbete\"");
        }
    }

    @Test
    void quotes_line_breaks_angle_brackets_and_other_scripts_in_the_teams_texts_survive_a_round_trip()
            throws IOException {
        ExamplePreStudy study = drafted();
        String title = "\"Vägen\" <till> arbete & back\\slash: Ꭰ ᏣᎳᎩ, Ελληνικά, العربية, 日本語 \uD83C\uDF31";
        String mitigation = "Rad ett\nRad två med \"citat\"\toch tabb";
        study.sesi.implementation().renameImplementationProject().rename(new RenameImplementationProject.Command(title));
        study.sesi.implementation().editRisks().edit(new EditRisks.Add("Risk </script>", "LOW", "LOW", mitigation));

        String text = SesiDocuments.over(study.sesi).implementationDraftJson(SV).text();
        JsonNode json = parse(text);

        assertThat(json.get("title").textValue()).isEqualTo(title);
        JsonNode risk = json.get("risks").get("risks").get(1);
        assertThat(risk.get("description").textValue()).isEqualTo("Risk </script>");
        assertThat(risk.get("mitigation").textValue()).isEqualTo(mitigation);
        assertThat(text).contains("\\\"Vägen\\\"").contains("Rad ett\\nRad två");
    }

    @Test
    void swedish_and_english_differ_in_their_labels_only() throws IOException {
        ExamplePreStudy study = drafted();
        ShowImplementationDraft.DraftView model = study.sesi.implementation().showImplementationDraft().show();
        SesiDocuments documents = SesiDocuments.over(study.sesi);
        JsonNode sv = parse(documents.implementationDraftJson(model, SV).text());
        JsonNode en = parse(documents.implementationDraftJson(model, EN).text());

        assertThat(sv.get("problem").get("heading").textValue()).isEqualTo("1. Problemanalys");
        assertThat(en.get("problem").get("heading").textValue()).isEqualTo("1. Problem analysis");
        List<String> labels = new ArrayList<>();
        collectLabels(sv, "", labels);
        assertThat(labels).contains("/language", "/problem/heading", "/projectLogic/activities/0/statusLabel",
                "/evidence/entries/0/summaryText");
        Set<String> differing = new TreeSet<>();
        for (String path : labels) {
            if (!sv.at(path).equals(en.at(path))) {
                differing.add(path.replaceAll("/\\d+", "/*"));
            }
        }
        assertThat(differing).as("the labels are translated").contains("/problem/heading",
                "/projectLogic/activities/*/statusLabel", "/evidence/entries/*/kindLabel");
        assertThat(withoutLabels(sv)).as("codes, numbers, dates and the team's texts are the same")
                .isEqualTo(withoutLabels(en));
    }

    /** The paths of the fields in the reader's language: heading, toWrite, label, *Label, *Text, and the language. */
    private static void collectLabels(JsonNode node, String path, List<String> into) {
        if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext();) {
                Map.Entry<String, JsonNode> field = it.next();
                String child = path + "/" + field.getKey();
                if (isLabel(field.getKey())) {
                    into.add(child);
                } else {
                    collectLabels(field.getValue(), child, into);
                }
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                collectLabels(node.get(i), path + "/" + i, into);
            }
        }
    }

    private static boolean isLabel(String field) {
        return field.equals("heading") || field.equals("toWrite") || field.equals("label")
                || field.equals("language") || field.endsWith("Label") || field.endsWith("Text");
    }

    private static JsonNode withoutLabels(JsonNode node) {
        JsonNode copy = node.deepCopy();
        strip(copy);
        return copy;
    }

    private static void strip(JsonNode node) {
        if (node instanceof ObjectNode object) {
            List<String> labels = new ArrayList<>();
            object.fieldNames().forEachRemaining(f -> {
                if (isLabel(f)) {
                    labels.add(f);
                }
            });
            object.remove(labels);
        }
        node.forEach(ApplicationDraftJsonTest::strip);
    }

    @Test
    void a_pre_study_without_a_draft_has_no_json_either() {
        SesiDocuments documents = SesiDocuments.over(ExamplePreStudy.withEvidence().sesi);

        assertThatThrownBy(() -> documents.implementationDraftJson(SV)).isInstanceOf(NotFoundException.class);
    }
}
