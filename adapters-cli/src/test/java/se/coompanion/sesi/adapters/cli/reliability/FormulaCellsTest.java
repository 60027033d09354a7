package se.coompanion.sesi.adapters.cli.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.coompanion.sesi.adapters.cli.ExitCode;
import se.coompanion.sesi.adapters.cli.SesiCli;

/**
 * Issue 22, defect 9: no CSV that sesi writes holds a cell a spreadsheet would run as a formula. The rejects file
 * repeats the rejected rows, neutralised like every other CSV; and {@code survey entry add} checks a value exactly as
 * the data-entry file does, so that a formula never gets into the survey's data (and so into data.csv).
 */
class FormulaCellsTest {

    @TempDir
    static Path directory;

    private static SmallPreStudy study;

    @BeforeAll
    static void study() throws Exception {
        study = SmallPreStudy.in(directory);
    }

    @Test
    void the_rejects_file_neutralises_every_formula_of_the_rows_it_repeats() throws Exception {
        Path bad = Files.writeString(directory.resolve("aktorer-formler.csv"), """
                organisationsnummer,namn,juridisk_form,roller,kommunkod
                802002-8711,Föreningen Ett,Ideell förening,NON_PROFIT_WITH_BUSINESS,2281
                802002-8712,"=HYPERLINK(""http://example.org"";""klick"")",Ideell förening,NON_PROFIT_WITH_BUSINESS,2281
                +cmd|' /C calc'!A0,@SUM(1+1),-2+3+cmd|' /C calc'!A0,NON_PROFIT_WITH_BUSINESS,2281
                """, StandardCharsets.UTF_8);
        Path rejects = directory.resolve("avvisade.csv");

        study.sesi().ok("actor", "import", bad.toString(), "--skip-invalid", "--rejects", rejects.toString());

        List<CSVRecord> rows;
        try (Reader reader = Files.newBufferedReader(rejects, StandardCharsets.UTF_8)) {
            rows = CSVFormat.RFC4180.parse(reader).getRecords();
        }
        assertThat(rows).hasSize(3);
        for (CSVRecord row : rows) {
            for (String cell : row) {
                assertThat(cell).as("cell of line " + row.getRecordNumber() + ": " + cell)
                        .doesNotStartWith("=").doesNotStartWith("+").doesNotStartWith("@")
                        .doesNotStartWith("-").doesNotStartWith("\t").doesNotStartWith("\r");
            }
        }
        assertThat(rows.get(1).get(3)).isEqualTo("'=HYPERLINK(\"http://example.org\";\"klick\")");
        assertThat(rows.get(2).get(2)).isEqualTo("'+cmd|' /C calc'!A0");
    }

    @Test
    void entry_add_refuses_a_formula_as_the_data_entry_file_does() throws Exception {
        Path file = Files.writeString(directory.resolve("inmatning-formel.csv"), """
                response_id,naringsverksamhet,bildad_ar,anstallda,omsattning,verksamhet,verksamhet_annat,\
                behov_finansiering,behov_upphandling,behov_handledning,stod_onskat,stod_idag,stod_fran,stodstruktur,\
                varfor_inte,ledamoter,ledamoter_kvinnor,ifylld
                S-0001-3,1,1998,4,"2,5",1|4,,4,3,4,1|2|4,1,"=HYPERLINK(""http://example.org"")",1,,5,3,2024-03-14
                """, StandardCharsets.UTF_8);
        SesiCli.Result imported = study.sesi().run("survey", "entry", "import", file.toString(), "--user", "anna",
                "--date", "2024-03-25");
        DatabaseFingerprint before = study.fingerprint();

        SesiCli.Result added = study.sesi().run("survey", "entry", "add", "S-0001-3", "naringsverksamhet=1",
                "bildad_ar=1998", "anstallda=4", "omsattning=2,5", "verksamhet=1|4", "behov_finansiering=4",
                "behov_upphandling=3", "behov_handledning=4", "stod_onskat=1|2|4", "stod_idag=1",
                "stod_fran==HYPERLINK(\"http://example.org\")", "stodstruktur=1", "ledamoter=5", "ledamoter_kvinnor=3",
                "ifylld=2024-03-14", "--user", "anna", "--date", "2024-03-25");

        assertThat(imported.exitCode()).as(imported.toString()).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(added.exitCode()).as(added.toString()).isEqualTo(ExitCode.INVALID_INPUT);
        String problem = imported.err().lines().filter(l -> l.contains("stod_fran")).findFirst().orElseThrow();
        String reason = problem.substring(problem.indexOf("stod_fran"));
        assertThat(added.err()).as("the same problem as the file's").contains(reason);
        assertThat(before.differences(study.fingerprint())).isEmpty();
    }
}
