package se.coompanion.sesi.adapters.cli.implementation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.UnaryOperator;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.coompanion.sesi.adapters.cli.SesiCli;
import se.coompanion.sesi.adapters.cli.demo.DemoRun;
import se.coompanion.sesi.adapters.documents.render.HtmlStructure;
import se.coompanion.sesi.adapters.documents.render.pdf.PdfText;
import se.coompanion.sesi.adapters.documents.report.UntranslatedText;

/**
 * The application draft the demo writes ({@code ansokningsutkast-{sv,en}.{html,md}}), read as text: every activity,
 * indicator and partner of the draft is in it, every claim carries the numbers of its evidence and every number
 * leads to an entry of the annex that says in words what the evidence is; no reference, code or key of the program
 * reaches the reader, in either language.
 */
class ApplicationDraftDocumentTest {

    private static final String[] LANGUAGES = {"sv", "en"};
    /** What a reader must never see: references as typed, snake_case keys, enum constants. */
    private static final Pattern RAW = Pattern.compile("\\b(need|finding|survey|seminar|borich|pilot|partner)"
            + ":[A-Za-z0-9]|\\b[a-z]+_[a-z_]+\\b|\\b[A-Z]{2,}_[A-Z_]+\\b|\\b[a-z]+:[A-Za-z0-9]");
    /** A result's number ("A1/3") right after a letter: two lines of a cell run together. */
    private static final Pattern GLUED_RESULT = Pattern.compile("[\\p{L}\\p{N})”\"]A\\d+\\s*/\\s*\\d+");
    private static final Pattern REF = Pattern.compile("href=\"#evidence-(\\d+)\"");
    private static final Pattern ENTRY = Pattern.compile("<li value=\"(\\d+)\" id=\"evidence-(\\d+)\">(.*?)</li>",
            Pattern.DOTALL);
    private static final List<String> BUNDLES = List.of(
            "se/coompanion/sesi/adapters/documents/implementation/messages",
            "se/coompanion/sesi/adapters/documents/synthesis/messages",
            "se/coompanion/sesi/domain/implementation/messages");

    @TempDir
    Path directory;

    private static String read(Path file) throws IOException {
        return Files.readString(file, StandardCharsets.UTF_8);
    }

    /** The text a reader sees: tags removed, entities read. */
    static String text(String html) {
        return html.replaceAll("(?s)<style>.*?</style>", " ").replaceAll("(?s)<title\\b.*?</title>", " ")
                .replaceAll("(?s)<desc\\b.*?</desc>", " ").replaceAll("<[^>]+>", " ").replace("&quot;", "\"")
                .replace("&#39;", "'").replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")
                .replace('\u00a0', ' ').replaceAll("\\s+", " ");
    }

    /** A PDF's text as PDFBox extracts it, lines joined by single spaces. */
    private static String pdfText(Path file) throws IOException {
        return PdfText.of(Files.readAllBytes(file)).text().replaceAll("\\s+", " ");
    }

    private static String section(String html, String id) {
        Matcher section = Pattern.compile("(?s)<section aria-labelledby=\"" + id + "\">(.*?)</section>")
                .matcher(html);
        assertThat(section.find()).as("section " + id).isTrue();
        return section.group(1);
    }

    @Test
    void every_activity_indicator_and_partner_of_the_draft_is_in_the_document_in_both_languages_and_forms()
            throws IOException {
        SesiCli sesi = DemoRun.shared().cli(directory);
        List<List<String>> activities = DemoRun.csv(sesi, "implementation", "show", "activities", "--format", "csv");
        List<List<String>> results = DemoRun.csv(sesi, "implementation", "show", "results", "--format", "csv");
        List<List<String>> partners = DemoRun.csv(sesi, "implementation", "show", "partners", "--format", "csv");
        List<String> live = activities.stream().filter(a -> a.get(1).equals("PROPOSED") || a.get(1).equals("ACCEPTED"))
                .map(a -> a.get(0) + " " + a.get(2)).toList();
        assertThat(live).hasSize(5);
        assertThat(results).hasSizeGreaterThan(5);
        assertThat(partners).hasSizeGreaterThan(5);
        for (String lang : LANGUAGES) {
            for (String form : new String[] {"html", "md", "pdf"}) {
                Path file = DemoRun.shared().out().resolve("ansokningsutkast-" + lang + "." + form);
                String text = switch (form) {
                    case "html" -> text(read(file));
                    case "md" -> read(file).replace("\\", "");
                    // a PDF's lines end where a column does, and the extraction puts a space after a quotation
                    // mark: compared without white space
                    default -> pdfText(file);
                };
                UnaryOperator<String> compared = form.equals("pdf") ? t -> t.replaceAll("\\s+", "") : t -> t;
                String seen = compared.apply(text);
                for (String activity : live) {
                    assertThat(seen).as(lang + " " + form).contains(compared.apply(activity));
                }
                for (List<String> result : results) {
                    assertThat(seen).as(lang + " " + form)
                            .contains(compared.apply(result.get(0) + " " + result.get(2)))
                            .contains(compared.apply(result.get(3)));
                }
                for (List<String> partner : partners) {
                    assertThat(seen).as(lang + " " + form).contains(compared.apply(partner.get(1)));
                }
                // the lines of a table cell (the results of an activity) each on their own line, not run together
                assertThat(GLUED_RESULT.matcher(text).results().map(MatchResult::group).toList())
                        .as(lang + " " + form + ": a result's number glued to the text before it").isEmpty();
            }
        }
    }

    @Test
    void every_claim_has_evidence_and_every_number_resolves_to_an_annex_entry_in_words() throws IOException {
        SesiCli sesi = DemoRun.shared().cli(directory);
        int aimCount = DemoRun.csv(sesi, "implementation", "show", "aims", "--format", "csv").size();
        int partnerCount = DemoRun.csv(sesi, "implementation", "show", "partners", "--format", "csv").size();
        long liveCount = DemoRun.csv(sesi, "implementation", "show", "activities", "--format", "csv").stream()
                .filter(a -> a.get(1).equals("PROPOSED") || a.get(1).equals("ACCEPTED")).count();
        for (String lang : LANGUAGES) {
            String html = read(DemoRun.shared().out().resolve("ansokningsutkast-" + lang + ".html"));
            assertThat(HtmlStructure.problems(html, null)).as(lang).isEmpty();
            // the claims: each aim, each activity of the project logic, each partner, cites evidence
            List<String> claims = new ArrayList<>();
            Matcher aims = Pattern.compile("(?s)<li>(.*?)</li>").matcher(section(html, "aims"));
            while (aims.find()) {
                claims.add(aims.group(1));
            }
            Matcher rows = Pattern.compile("(?s)<th scope=\"row\">(.*?)</th>").matcher(section(html, "logic"));
            while (rows.find()) {
                claims.add(rows.group(1));
            }
            Matcher partners = Pattern.compile("(?s)<th scope=\"row\">(.*?)</th>").matcher(section(html, "partners"));
            while (partners.find()) {
                claims.add(partners.group(1));
            }
            assertThat(claims).as(lang).hasSize(aimCount + (int) liveCount + partnerCount);
            assertThat(claims).as(lang).allMatch(c -> REF.matcher(c).find());
            // the annex: numbered 1..N, each in words, each used by a claim, none missing
            String annex = section(html, "evidence");
            Matcher entries = ENTRY.matcher(annex);
            Set<Integer> numbers = new TreeSet<>();
            while (entries.find()) {
                int number = Integer.parseInt(entries.group(1));
                numbers.add(number);
                String entry = text(entries.group(3));
                assertThat(entry).as(lang + " [" + number + "]").matches(".*\\w.*\\w.*")
                        .contains(lang.equals("sv") ? "Används av:" : "Used by:")
                        .doesNotContain(lang.equals("sv") ? "hittas inte längre" : "no longer found");
            }
            assertThat(numbers).as(lang).isNotEmpty();
            assertThat(numbers).as(lang).containsExactlyElementsOf(java.util.stream.IntStream
                    .rangeClosed(1, numbers.size()).boxed().toList());
            Matcher refs = REF.matcher(html);
            while (refs.find()) {
                assertThat(numbers).as(lang + " [" + refs.group(1) + "]").contains(Integer.parseInt(refs.group(1)));
            }
            // the parts SESI cannot fill are marked for a person to write
            for (String part : new String[] {"budget", "organisation", "spreading"}) {
                assertThat(section(html, part)).as(lang + " " + part).contains("class=\"to-write\"");
            }
        }
    }

    @Test
    void no_reference_code_or_key_reaches_the_reader_and_each_language_is_its_own() throws IOException {
        SesiCli sesi = DemoRun.shared().cli(directory);
        StringBuilder written = new StringBuilder();
        for (String part : new String[] {"aims", "groups", "activities", "results", "partners", "risks",
            "principles"}) {
            written.append(sesi.ok("implementation", "show", part, "--format", "csv").out());
        }
        for (String lang : LANGUAGES) {
            String html = text(read(DemoRun.shared().out().resolve("ansokningsutkast-" + lang + ".html")));
            String markdown = read(DemoRun.shared().out().resolve("ansokningsutkast-" + lang + ".md"))
                    .replace("\\", "");
            for (String text : List.of(html, markdown)) {
                Matcher raw = RAW.matcher(text);
                List<String> found = new ArrayList<>();
                while (raw.find()) {
                    found.add(text.substring(Math.max(0, raw.start() - 40), Math.min(text.length(), raw.end() + 20)));
                }
                assertThat(found).as(lang).isEmpty();
            }
            String other = lang.equals("sv") ? "en" : "sv";
            assertThat(UntranslatedText.in(html, other, BUNDLES).stream().filter(f -> !written.toString()
                    .contains(f.substring(f.indexOf(": ") + 2))).toList()).as(lang).isEmpty();
        }
    }

    @Test
    void the_final_report_points_to_the_draft() throws IOException {
        assertThat(text(read(DemoRun.shared().out().resolve("slutrapport-sv.html"))))
                .contains("ansokningsutkast-sv.html");
        assertThat(read(DemoRun.shared().out().resolve("slutrapport-en.md"))).contains("ansokningsutkast-en.md");
    }

    @Test
    void the_command_writes_the_draft_through_the_output_guard() throws IOException {
        SesiCli sesi = DemoRun.shared().cli(directory);
        Path out = directory.resolve("ansokan");
        SesiCli.Result written = sesi.ok("--lang", "en", "implementation", "document", "--out", out.toString(),
                "--format", "md");
        assertThat(written.out()).contains(out.resolve("ansokningsutkast-en.md").toString());
        assertThat(read(out.resolve("ansokningsutkast-en.md"))).startsWith("# Social ekonomi som väg till arbete");
        // the database's own file is no directory to write into: refused before anything is read or written
        Path database = DemoRun.shared().database().resolveSibling(DemoRun.shared().database().getFileName()
                + ".mv.db");
        long size = Files.size(database);
        SesiCli.Result refused = sesi.run("implementation", "document", "--out", database.toString());
        assertThat(refused.exitCode()).isEqualTo(2);
        assertThat(Files.size(database)).isEqualTo(size);
    }
}
