package se.coompanion.sesi.adapters.documents.survey.results;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 22, defect 3: the SPSS syntax of the export must stay syntax whatever a label holds. A questionnaire refuses
 * line breaks in labels on load; here the syntax is written directly, as if such a label had got in, and run in GNU
 * PSPP: no command of the label runs, PSPP reports no error, and every label reads back exactly as it was.
 */
class SpssSyntaxInjectionTest {

    @TempDir
    Path directory;

    @Test
    void a_hostile_label_runs_no_command_in_pspp_and_every_label_reads_back_as_it_was() throws Exception {
        Pspp pspp = Pspp.required();
        // PSPP runs in the export's folder: the command would leave the file there
        String hostile = "Styrelsen\n\nHOST COMMAND=[\"touch pwned\"].\n";
        String quoted = "Föreningens 'egen' fråga. \"Citat\"";
        String controls = "Rad ett\r\nrad två\ttab\u000bvt\u0085nel";
        String valueLabel = "Ja\n\nHOST COMMAND=[\"touch pwned-value\"].\n";
        List<ExportColumn> columns = List.of(
                new ExportColumn("response_id", "Svarsid", "TEXT", ExportColumn.Storage.TEXT, List.of(),
                        ExportColumn.Level.NOMINAL, "", Optional.empty(), List.of()),
                new ExportColumn("q1", hostile, "SINGLE", ExportColumn.Storage.CODE,
                        List.of(new ExportColumn.ValueLabel("1", valueLabel),
                                new ExportColumn.ValueLabel("2", quoted)),
                        ExportColumn.Level.NOMINAL, "", Optional.empty(), List.of()),
                new ExportColumn("q2", quoted, "INTEGER", ExportColumn.Storage.INTEGER, List.of(),
                        ExportColumn.Level.SCALE, "", Optional.empty(), List.of()),
                new ExportColumn("q3", controls, "TEXT", ExportColumn.Storage.TEXT, List.of(),
                        ExportColumn.Level.NOMINAL, "", Optional.empty(), List.of()));
        Files.writeString(directory.resolve(SurveyExport.DATA), "response_id,q1,q2,q3\nS-0001-4,1,12,svar\n",
                StandardCharsets.UTF_8);
        Files.writeString(directory.resolve(SurveyExport.SPSS), SpssSyntax.of(columns, Map.of("response_id", 8,
                "q3", 4), "1 return", Locale.ENGLISH), StandardCharsets.UTF_8);
        Path run = Files.writeString(directory.resolve("run.sps"), "INCLUDE FILE='" + SurveyExport.SPSS + "'.\n"
                + "DISPLAY DICTIONARY.\n", StandardCharsets.UTF_8);

        Pspp.Run result = pspp.run(run);

        assertThat(directory.resolve("pwned")).as("no command of a label ran").doesNotExist();
        assertThat(directory.resolve("pwned-value")).as("no command of a value label ran").doesNotExist();
        assertThat(result.exitCode()).as(result.messages()).isZero();
        assertThat(variableLabels(result.output())).containsExactly(Map.entry("response_id", "Svarsid"),
                Map.entry("q1", hostile), Map.entry("q2", quoted), Map.entry("q3", controls));
        assertThat(valueLabels(result.output())).containsExactly(Map.entry("1", valueLabel), Map.entry("2", quoted));
    }

    /** The table "Variables" of DISPLAY DICTIONARY: name to label. */
    private static Map<String, String> variableLabels(String output) throws Exception {
        Map<String, String> labels = new LinkedHashMap<>();
        for (CSVRecord row : table(output, "Variables")) {
            if (!row.get(0).equals("Name")) {
                labels.put(row.get(0), row.get(2));
            }
        }
        return labels;
    }

    /**
     * The table "Value Labels": value to label. (Its first column names the variable by its label, on the first row of
     * each variable; the labels of q1 are the only value labels here.)
     */
    private static Map<String, String> valueLabels(String output) throws Exception {
        Map<String, String> labels = new LinkedHashMap<>();
        for (CSVRecord row : table(output, "Value Labels")) {
            if (!row.get(0).equals("Variable Value")) {
                labels.put(row.get(1), row.get(2));
            }
        }
        return labels;
    }

    private static List<CSVRecord> table(String output, String title) throws Exception {
        int start = output.indexOf("Table: " + title + "\n");
        assertThat(start).as("PSPP's output has the table " + title + ":\n" + output).isNotNegative();
        String rest = output.substring(start + ("Table: " + title + "\n").length());
        int end = rest.indexOf("\nTable: ");
        String body = end < 0 ? rest : rest.substring(0, end + 1);
        return CSVFormat.RFC4180.parse(new StringReader(body.strip() + "\n")).getRecords();
    }
}
