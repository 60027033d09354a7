package se.coompanion.sesi.adapters.documents.survey.results;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.coompanion.sesi.adapters.documents.ExamplePreStudy;
import se.coompanion.sesi.adapters.documents.SesiDocuments;
import se.coompanion.sesi.adapters.documents.csv.CsvFileSource;
import se.coompanion.sesi.adapters.documents.csv.FileEncoding;
import se.coompanion.sesi.application.shared.ImportOptions;
import se.coompanion.sesi.application.shared.InvalidInputException;
import se.coompanion.sesi.application.survey.port.in.CompareEntries;
import se.coompanion.sesi.application.survey.port.in.ExportSurveyData;
import se.coompanion.sesi.application.survey.port.in.ImportReturns;
import se.coompanion.sesi.domain.survey.Question;
import se.coompanion.sesi.domain.survey.entry.EntryPass;
import se.coompanion.sesi.domain.survey.results.UsableReturn;

/**
 * The export of the seven example returns (docs/examples/inmatning.csv): data.csv, codebook.csv, labels.sps and
 * labels.R, written into a folder and as a ZIP archive.
 */
class SurveyExportTest {

    private static final Locale EN = Locale.forLanguageTag("en-GB");

    @TempDir
    Path directory;

    private ExamplePreStudy survey;
    private Path out;

    @BeforeEach
    void exported() {
        survey = ExamplePreStudy.withEvidence();
        out = directory.resolve("export");
        SurveyExport.Written written = SesiDocuments.over(survey.sesi).surveyExport(EN).writeInto(out);
        assertThat(written.returns()).isEqualTo(7);
        assertThat(written.files()).containsExactly(out.resolve("data.csv"), out.resolve("codebook.csv"),
                out.resolve("labels.sps"), out.resolve("labels.R"));
        assertThat(out).isDirectoryNotContaining(p -> p.getFileName().toString().startsWith("."));
    }

    private static List<CSVRecord> csv(Path file) throws IOException {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
                CSVParser parser = CSVFormat.RFC4180.builder().get().parse(reader)) {
            return parser.getRecords();
        }
    }

    private List<String> header() throws IOException {
        return csv(out.resolve("data.csv")).get(0).toList();
    }

    @Test
    void data_has_a_row_per_usable_return_and_a_0_1_column_per_option_of_a_multi_question() throws IOException {
        List<CSVRecord> data = csv(out.resolve("data.csv"));

        assertThat(data.get(0).toList()).startsWith("response_id", "questionnaire_version", "completeness",
                "municipality_code", "county_code", "legal_form", "naringsverksamhet", "bildad_ar", "anstallda",
                "omsattning", "verksamhet___1", "verksamhet___2", "verksamhet___3", "verksamhet___4", "verksamhet___5",
                "verksamhet___6", "verksamhet___7", "verksamhet_annat").endsWith("ledamoter_kvinnor", "ifylld");
        assertThat(data).hasSize(8);
        Map<String, String> first = row(data, 1);
        assertThat(first).containsEntry("response_id", "S-0001-3").containsEntry("completeness", "COMPLETE")
                .containsEntry("county_code", "22").containsEntry("legal_form", "EKONOMISK_FORENING")
                .containsEntry("omsattning", "2.5").containsEntry("verksamhet___1", "1")
                .containsEntry("verksamhet___2", "0").containsEntry("verksamhet___4", "1")
                .containsEntry("stod_fran", "Coompanion, Sundsvalls kommun").containsEntry("varfor_inte", "");
        Map<String, String> bygdegard = row(data, 5);
        assertThat(bygdegard).as("S-0007-6: not asked is empty").containsEntry("anstallda", "")
                .containsEntry("naringsverksamhet", "2");
        assertThat(row(data, 6)).as("S-0009-2 partial: stod_onskat left empty, so its option cells are empty too")
                .containsEntry("completeness", "PARTIAL").containsEntry("stod_onskat___1", "")
                .containsEntry("stodstruktur", "");
    }

    private static Map<String, String> row(List<CSVRecord> data, int n) {
        Map<String, String> row = new LinkedHashMap<>();
        for (int i = 0; i < data.get(0).size(); i++) {
            row.put(data.get(0).get(i), data.get(n).get(i));
        }
        return row;
    }

    @Test
    void data_csv_round_trips_to_the_same_answers_keyed_again_as_a_second_pass_agreeing_in_every_field()
            throws IOException {
        List<CSVRecord> data = csv(out.resolve("data.csv"));
        List<String> variables = csv(ExamplePreStudy.EXAMPLES.resolve("inmatning.csv")).get(0).toList();
        StringBuilder entry = new StringBuilder(String.join(",", variables)).append('\n');
        for (CSVRecord record : data.subList(1, data.size())) {
            Map<String, String> row = row(data, data.indexOf(record));
            List<String> cells = new ArrayList<>();
            for (String variable : variables) {
                if (row.containsKey(variable)) {
                    cells.add(row.get(variable));
                    continue;
                }
                List<String> ticked = new ArrayList<>();
                row.forEach((column, cell) -> {
                    if (column.startsWith(variable + "___") && cell.equals("1")) {
                        ticked.add(column.substring(variable.length() + 3));
                    }
                });
                cells.add(String.join("|", ticked));
            }
            entry.append(cells.stream().map(c -> "\"" + c.replace("\"", "\"\"") + "\"")
                    .reduce((a, b) -> a + "," + b).orElseThrow()).append('\n');
        }
        Path again = Files.writeString(directory.resolve("fran-data.csv"), entry.toString(), StandardCharsets.UTF_8);

        survey.sesi.survey().importReturns().importReturns(new ImportReturns.Command(
                CsvFileSource.open(again, FileEncoding.Choice.AUTO), ImportOptions.ALL_OR_NOTHING, EntryPass.SECOND,
                OptionalInt.empty(), false, Optional.empty(), "bo"));
        CompareEntries.Result compare = survey.sesi.survey().compareEntries().compare(new CompareEntries.Query(false));

        // 7 forms x 17 questions = 119 fields, every one equal.
        assertThat(compare.disagreements()).isEmpty();
        assertThat(compare.formsCompared()).isEqualTo(7);
        assertThat(compare.fieldsCompared()).isEqualTo(119);
        assertThat(compare.fieldsAgreeing()).isEqualTo(119);
    }

    @Test
    void the_codebook_describes_every_column_of_data_csv() throws IOException {
        List<CSVRecord> codebook = csv(out.resolve("codebook.csv"));

        assertThat(codebook.get(0).toList()).containsExactly("variable", "label", "type", "values", "show_if");
        assertThat(codebook.subList(1, codebook.size())).extracting(r -> r.get(0)).isEqualTo(header());
        Map<String, CSVRecord> byName = new LinkedHashMap<>();
        codebook.forEach(r -> byName.put(r.get(0), r));
        assertThat(byName.get("stodstruktur").toList()).containsExactly("stodstruktur", "Skulle föreningen vilja "
                + "delta i en regional stödstruktur för socialt entreprenörskap i Jämtland och Västernorrland?",
                "SINGLE", "1, Ja, säkert | 2, Ja, kanske | 3, Nej | 9, Vet ej", "");
        assertThat(byName.get("verksamhet___7").toList()).containsExactly("verksamhet___7", "Inom vilka områden "
                + "bedriver föreningen verksamhet? (flera svar möjliga): Annat område", "MULTI",
                "0, Not ticked | 1, Ticked", "");
        assertThat(byName.get("anstallda").toList()).containsExactly("anstallda", "Hur många personer är anställda "
                + "i föreningen? (antal personer, oavsett omfattning)", "INTEGER", "0..5000",
                "[naringsverksamhet] = '1'");
        assertThat(byName.get("county_code").get(3)).isEqualTo("22, Västernorrlands län | 23, Jämtlands län");
    }

    @Test
    void the_spss_syntax_reads_every_column_labels_it_and_ends_with_execute() throws IOException {
        String sps = Files.readString(out.resolve("labels.sps"), StandardCharsets.UTF_8);

        assertThat(sps).startsWith("* Encoding: UTF-8.\n");
        List<String> commands = SyntaxReading.spssCommands(sps);
        assertThat(commands).extracting(c -> c.split("\\s+")[0] + (c.startsWith("GET") || c.startsWith("VALUE")
                || c.startsWith("VARIABLE") ? " " + c.split("\\s+")[1] : ""))
                .containsExactly("GET DATA", "VARIABLE LABELS", "VALUE LABELS", "VARIABLE LEVEL", "FORMATS",
                        "EXECUTE.");
        String getData = commands.get(0);
        assertThat(getData).contains("/FILE='data.csv'", "/ENCODING='UTF8'", "/FIRSTCASE=2", "/DELIMITERS=','");
        Matcher variable = Pattern.compile("\\n\\s+([a-z][a-z0-9_]*) (A[0-9]+|F[0-9]+\\.[0-9]+|SDATE10)")
                .matcher(getData);
        List<String> read = new ArrayList<>();
        while (variable.find()) {
            read.add(variable.group(1));
        }
        assertThat(read).isEqualTo(header());
        assertThat(getData).contains("ifylld SDATE10", "naringsverksamhet F8.0", "omsattning F30.10");

        String labels = commands.get(1);
        for (String column : header()) {
            assertThat(labels).as(column).containsPattern("(?m)^\\s*/?" + column + " '");
        }
        assertThat(SyntaxReading.spssStrings(labels)).contains("Skulle föreningen vilja delta i en regional "
                + "stödstruktur för socialt entreprenörskap i Jämtland och Västernorrland?");
        String values = commands.get(2);
        assertThat(values).contains("/stodstruktur\n    1 'Ja, säkert'\n    2 'Ja, kanske'\n    3 'Nej'\n"
                + "    9 'Vet ej'", "/verksamhet___1\n    0 'Not ticked'\n    1 'Ticked'",
                "/county_code\n    '22' 'Västernorrlands län'\n    '23' 'Jämtlands län'");
        assertThat(commands.get(3)).contains("(NOMINAL)", "(ORDINAL)", "(SCALE)");
        assertThat(sps).contains("* MISSING VALUES behov_finansiering (9).").endsWith("EXECUTE.\n");
    }

    @Test
    void the_r_script_reads_data_csv_with_every_column_and_labels_the_coded_ones() throws IOException {
        String r = Files.readString(out.resolve("labels.R"), StandardCharsets.UTF_8);

        List<String> statements = SyntaxReading.rStatements(r);
        assertThat(statements.get(0)).startsWith("survey <- read.csv(\"data.csv\", fileEncoding = \"UTF-8\"");
        for (String column : header()) {
            assertThat(statements.get(0)).as(column).containsPattern("\\n\\s+" + column + " = \"");
            assertThat(statements).as(column).contains("attr(survey$" + column + ", \"label\") <- "
                    + RScript.string(statements.stream().filter(s -> s.startsWith("attr(survey$" + column + ", "))
                            .findFirst().map(s -> SyntaxReading.rStrings(s).get(1)).orElseThrow()));
        }
        assertThat(statements.get(0)).contains("ifylld = \"Date\"", "county_code = \"character\"",
                "naringsverksamhet = \"integer\"", "omsattning = \"numeric\"");
        String factor = statements.stream().filter(s -> s.startsWith("survey$stodstruktur.factor <- "))
                .findFirst().orElseThrow();
        assertThat(factor).contains("levels = c(1, 2, 3, 9)");
        assertThat(SyntaxReading.rStrings(factor)).containsExactly("Ja, säkert", "Ja, kanske", "Nej", "Vet ej");
        assertThat(statements).contains("survey$county_code.factor <- factor(survey$county_code,\n"
                + "  levels = c(\"22\", \"23\"),\n  labels = c(\"Västernorrlands län\", \"Jämtlands län\"))");
        assertThat(statements).noneMatch(s -> s.contains("verksamhet_annat.factor"));
    }

    @Test
    void the_zip_archive_holds_the_same_four_files_as_the_folder() throws IOException {
        ByteArrayOutputStream zipped = new ByteArrayOutputStream();

        long returns = SesiDocuments.over(survey.sesi).surveyExport(EN).writeZipTo(zipped);

        assertThat(returns).isEqualTo(7);
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(zipped.toByteArray()))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                entries.put(entry.getName(), zip.readAllBytes());
            }
        }
        assertThat(entries.keySet()).containsExactlyElementsOf(SurveyExport.fileNames());
        for (String name : SurveyExport.fileNames()) {
            assertThat(entries.get(name)).as(name).isEqualTo(Files.readAllBytes(out.resolve(name)));
        }
    }

    @Test
    void a_folder_that_is_a_file_is_refused_and_nothing_is_written() throws IOException {
        Path file = Files.writeString(directory.resolve("a-file"), "x");

        assertThatThrownBy(() -> SesiDocuments.over(survey.sesi).surveyExport(EN).writeInto(file))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("is a file, not a directory");
        assertThat(file).hasContent("x");
    }

    @Test
    void an_export_that_fails_while_the_returns_stream_in_leaves_the_files_that_were_there() throws IOException {
        byte[] before = Files.readAllBytes(out.resolve("data.csv"));
        SurveyExport failing = new SurveyExport(sink -> {
            survey.sesi.survey().exportSurveyData().export(new ExportSurveyData.Sink() {
                @Override
                public void variables(List<Question> variables) {
                    sink.variables(variables);
                }

                @Override
                public void accept(UsableReturn usable) {
                    sink.accept(usable);
                    throw new IllegalStateException("the database went away");
                }
            });
            return 0;
        }, EN);

        assertThatThrownBy(() -> failing.writeInto(out)).hasMessageContaining("the database went away");
        assertThat(Files.readAllBytes(out.resolve("data.csv"))).isEqualTo(before);
        try (var files = Files.list(out)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("data.csv",
                    "codebook.csv", "labels.sps", "labels.R");
        }
    }
}
