package se.coompanion.sesi.adapters.cli.survey.results;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.coompanion.sesi.adapters.cli.ExitCode;
import se.coompanion.sesi.adapters.cli.SesiCli;
import se.coompanion.sesi.adapters.documents.render.HtmlStructure;
import se.coompanion.sesi.adapters.cli.survey.SurveyFixture;

/**
 * The results of the seven example returns (docs/examples/inmatning.csv), every figure computed by hand:
 * <pre>
 *           county legal form naring anstallda omsattning verksamhet annat          behov_fin stodstruktur ifylld
 * S-0001-3  22     EF         1      4         2.5        1|4                       4         1            03-14
 * S-0002-1  22     EF         1      1         1.2        5                         3         2            03-15
 * S-0003-7  23     IF         1      0         0.4        3|7        Mathantverk... 5         1            03-13
 * S-0005-9  23     EF         1      22        14.8       1|2                       5         1            03-18
 * S-0007-6  23     EF         2      -         -          3                         1         3            03-19
 * S-0009-2  22     IF         1      3                    1|3                       4         (empty)
 * S-0010-1  22     EF         1      2         3.1        5|7        Bredband       3         2            03-21
 * </pre>
 * (- = not asked: naringsverksamhet 2 skips anstallda and omsattning.)
 */
class ResultsCommandsTest {

    @TempDir
    Path directory;

    private SurveyFixture survey;

    @BeforeEach
    void keyed() {
        survey = new SurveyFixture(new SesiCli(directory)).keyed(directory);
    }

    private List<String> csv(String... args) {
        String[] all = new String[args.length + 4];
        all[0] = "survey";
        all[1] = "results";
        System.arraycopy(args, 0, all, 2, args.length);
        all[all.length - 2] = "--format";
        all[all.length - 1] = "csv";
        return survey.ok(all).out().lines().toList();
    }

    @Test
    void a_frequency_table_has_every_code_its_share_of_the_valid_answers_and_the_rows_outside_the_base() {
        // Codes 1: S-0001, -0003, -0005; 2: S-0002, -0010; 3: S-0007; S-0009 left it empty. Valid 6:
        // 3/6 = 0.5000, 2/6 = 0.3333, 1/6 = 0.1667, 0/6.
        assertThat(csv("stodstruktur")).containsExactly(
                "variable,group,code,label,count,percent",
                "stodstruktur,all,N,,7,",
                "stodstruktur,all,1,\"Ja, säkert\",3,0.5000",
                "stodstruktur,all,2,\"Ja, kanske\",2,0.3333",
                "stodstruktur,all,3,Nej,1,0.1667",
                "stodstruktur,all,9,Vet ej,0,0.0000",
                "stodstruktur,all,VALID,,6,",
                "stodstruktur,all,NO_ANSWER,,1,",
                "stodstruktur,all,NOT_ASKED,,0,");
    }

    @Test
    void a_cross_tab_by_county_gives_column_percents_for_every_county_of_the_region() {
        // 22: S-0001 1, S-0002 2, S-0010 2, S-0009 empty: valid 3, 1/3 and 2/3.
        // 23: S-0003 1, S-0005 1, S-0007 3: valid 3, 2/3 and 1/3.
        assertThat(csv("stodstruktur", "--by", "county")).containsSubsequence(
                "stodstruktur,22,N,,4,", "stodstruktur,22,1,\"Ja, säkert\",1,0.3333",
                "stodstruktur,22,2,\"Ja, kanske\",2,0.6667", "stodstruktur,22,3,Nej,0,0.0000",
                "stodstruktur,22,VALID,,3,", "stodstruktur,22,NO_ANSWER,,1,",
                "stodstruktur,23,N,,3,", "stodstruktur,23,1,\"Ja, säkert\",2,0.6667",
                "stodstruktur,23,3,Nej,1,0.3333");
        // Legal form: EF S-0001 1, -0002 2, -0005 1, -0007 3, -0010 2 (valid 5: 0.4, 0.4, 0.2); IF S-0003 1, S-0009
        // empty (valid 1: 1.0).
        assertThat(csv("stodstruktur", "--by", "legal-form")).contains(
                "stodstruktur,EKONOMISK_FORENING,1,\"Ja, säkert\",2,0.4000",
                "stodstruktur,EKONOMISK_FORENING,3,Nej,1,0.2000", "stodstruktur,IDEELL_FORENING,N,,2,",
                "stodstruktur,IDEELL_FORENING,1,\"Ja, säkert\",1,1.0000");
    }

    @Test
    void likert_means_leave_out_codes_outside_the_scale_and_cross_tabs_by_a_question_have_a_no_answer_group() {
        // 4, 3, 5, 5, 1, 4, 3: 25 / 7 = 3.5714.
        assertThat(csv("behov_finansiering")).contains("behov_finansiering,all,MEAN,3.5714,7,",
                "behov_finansiering,all,4,Instämmer till stor del,2,0.2857");
        // By stodstruktur: 1 -> S-0001 4, S-0003 5, S-0005 5: 14 / 3 = 4.6667; 2 -> 3, 3: 3; 3 -> 1;
        // 9 -> nobody; NO_ANSWER -> S-0009 4.
        assertThat(csv("behov_finansiering", "--by", "stodstruktur")).contains(
                "behov_finansiering,1,MEAN,4.6667,3,", "behov_finansiering,2,MEAN,3.0000,2,",
                "behov_finansiering,3,MEAN,1.0000,1,", "behov_finansiering,9,N,,0,",
                "behov_finansiering,9,MEAN,,0,", "behov_finansiering,NO_ANSWER,MEAN,4.0000,1,");
    }

    @Test
    void numbers_multiple_response_dates_and_texts_have_their_figures() {
        // anstallda, asked when naringsverksamhet = 1: 4, 1, 0, 22, 3, 2: mean 32 / 6 = 5.3333, median
        // (2 + 3) / 2 = 2.5, min 0, max 22; S-0007 not asked.
        assertThat(csv("anstallda")).containsExactly("variable,group,code,label,count,percent",
                "anstallda,all,N,,7,", "anstallda,all,VALID,,6,", "anstallda,all,NO_ANSWER,,0,",
                "anstallda,all,NOT_ASKED,,1,", "anstallda,all,MEAN,5.3333,6,", "anstallda,all,MEDIAN,2.5,6,",
                "anstallda,all,MIN,0,6,", "anstallda,all,MAX,22,6,");
        // omsattning: 2.5, 1.2, 0.4, 14.8, 3.1 (S-0009 empty): mean 22 / 5 = 4.4, median 2.5.
        assertThat(csv("omsattning")).contains("omsattning,all,NO_ANSWER,,1,", "omsattning,all,MEAN,4.4000,5,",
                "omsattning,all,MEDIAN,2.5,5,", "omsattning,all,MIN,0.4,5,", "omsattning,all,MAX,14.8,5,");
        // verksamhet: 7 respondents, 12 ticks; option 1 ticked by 3: 3/7 = 0.4286 of the respondents.
        assertThat(csv("verksamhet")).contains("verksamhet,all,1,Arbetsintegrering,3,0.4286",
                "verksamhet,all,5,\"Energi, bredband och infrastruktur\",2,0.2857", "verksamhet,all,6,Utbildning,0,0.0000",
                "verksamhet,all,VALID,,7,", "verksamhet,all,ANSWERS,,12,");
        assertThat(csv("verksamhet_annat")).containsExactly("variable,group,code,label,count,percent",
                "verksamhet_annat,all,N,,7,", "verksamhet_annat,all,VALID,,2,", "verksamhet_annat,all,NO_ANSWER,,0,",
                "verksamhet_annat,all,NOT_ASKED,,5,", "verksamhet_annat,all,TEXT,Bredband,1,",
                "verksamhet_annat,all,TEXT,Mathantverk och kafé,1,");
        assertThat(csv("ifylld")).contains("ifylld,all,MIN,2024-03-13,6,", "ifylld,all,MAX,2024-03-21,6,");
    }

    @Test
    void people_see_a_table_per_question_with_shares_n_and_the_base() {
        SesiCli.Result all = survey.en("survey", "results");
        assertThat(all.exitCode()).as(all.toString()).isZero();
        assertThat(all.out()).contains("Usable returns: 7 (RR2 63.6 %).",
                "stodstruktur: Skulle föreningen vilja delta", "Ja, säkert", "50.0 %",
                "Valid answers (the percent base)", "Not asked (skipped by the form)", "N (usable returns)",
                "Asked when [naringsverksamhet] = '1'", "% of respondents", "Mean of the scale 1-5 (n, mean)", "3.57");
        SesiCli.Result swedish = survey.ok("survey", "results", "stodstruktur", "--by", "county");
        assertThat(swedish.out()).contains("Västernorrlands län: antal", "Jämtlands län: %", "66,7 %");
    }

    @Test
    void an_unknown_question_is_not_found_and_a_cross_tab_needs_a_question_with_categories() {
        assertThat(survey.en("survey", "results", "okand").exitCode()).isEqualTo(ExitCode.NOT_FOUND);
        SesiCli.Result byText = survey.en("survey", "results", "--by", "stod_fran");
        assertThat(byText.exitCode()).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(byText.err()).contains("cross-tabs are by a question with categories");
        assertThat(survey.en("survey", "results", "--by", "Län!").exitCode()).isEqualTo(ExitCode.INVALID_INPUT);
    }

    @Test
    void the_page_has_a_chart_with_its_table_for_each_question_with_choices_and_is_self_contained()
            throws IOException {
        SesiCli.Result written = survey.en("survey", "results", "--by", "county", "--out",
                directory.resolve("out").toString());
        assertThat(written.exitCode()).as(written.toString()).isZero();
        Path page = directory.resolve("out").resolve("enkatresultat-county-en.html");
        assertThat(written.out()).contains(page.toString());

        String html = Files.readString(page, StandardCharsets.UTF_8);
        assertThat(HtmlStructure.problems(html, null)).isEmpty();
        // SINGLE naringsverksamhet, stod_idag, stodstruktur; MULTI verksamhet, stod_onskat; LIKERT_5 x 3: 8 charts.
        assertThat(HtmlStructure.figureCount(html)).isEqualTo(8);
        assertThat(HtmlStructure.headings(html)).contains("h1 Results of the postal survey by county",
                "h2 What the figures are based on", "h2 Om föreningen", "h3 stodstruktur");
        assertThat(html).contains("Västernorrlands län (N 4)", "Jämtlands län (N 3)", "The tables count 7 usable "
                + "returns", "RR2 is 63.6");
    }
}
