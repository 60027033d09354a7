package se.coompanion.sesi.benchmarks;

import jakarta.validation.Validator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import se.coompanion.sesi.adapters.documents.csv.CsvFileSource;
import se.coompanion.sesi.adapters.documents.csv.FileEncoding;
import se.coompanion.sesi.adapters.persistence.SesiDatabase;
import se.coompanion.sesi.application.SesiApplication;
import se.coompanion.sesi.application.prestudy.port.in.StartPreStudy;
import se.coompanion.sesi.application.shared.ImportOptions;
import se.coompanion.sesi.application.survey.port.in.ComputeSurveyResults;
import se.coompanion.sesi.application.survey.port.in.ImportSamplingFrame;
import se.coompanion.sesi.application.survey.port.in.LoadQuestionnaire;
import se.coompanion.sesi.domain.survey.results.ResultGrouping;

/**
 * The survey results over 100,000 usable returns of a 20-question form: the frequency tables of every question and
 * two cross-tabs (by county, and by the answer to question q09) through the real use case, against the same tallies
 * computed by one hand-written SQL GROUP BY query each, read with plain JDBC. Both run warm in this JVM, alternately.
 *
 * <p>Set-up (not timed): the frame is imported and the questionnaire loaded through their use cases; the usable
 * forms and their analysis rows (what the results read; about 2.3 million rows) are written with JDBC batches,
 * each return's answers drawn from a fixed pseudo-random sequence (5% of shown questions left empty).
 */
final class ResultsBenchmark {

    /** The question the second cross-tab groups by. */
    static final String BY_QUESTION = "q09";

    private static final String LIKERT = "\"1, Instämmer inte alls | 2, Instämmer till liten del | "
            + "3, Instämmer delvis | 4, Instämmer till stor del | 5, Instämmer helt | 9, Vet ej\"";

    private static final String TALLY = "a.answered, a.answer_code, a.answer_number, a.answer_text, count(*), "
            + "sum(case when a.row_no = 0 then 1 else 0 end)";
    private static final String ANSWER_GROUPS = "a.answered, a.answer_code, a.answer_number, a.answer_text";

    /** The three hand-written queries: frequencies, by county, by the answer to {@value #BY_QUESTION}. */
    private static final List<String> BASELINE = List.of(
            "select a.variable, " + TALLY + " from survey_answer a group by a.variable, " + ANSWER_GROUPS,
            "select a.variable, f.county_code, " + TALLY + " from survey_answer a join survey_form f "
                    + "on f.response_seq = a.response_seq group by a.variable, f.county_code, " + ANSWER_GROUPS,
            "select a.variable, coalesce(b.answer_code, 'NO_ANSWER'), " + TALLY + " from survey_answer a "
                    + "left join survey_answer b on b.response_seq = a.response_seq and b.variable = '" + BY_QUESTION
                    + "' and b.answered = true group by a.variable, coalesce(b.answer_code, 'NO_ANSWER'), "
                    + ANSWER_GROUPS);

    private final Path work;
    private final int returns;
    private final int runs;
    private final Validator validator;

    ResultsBenchmark(Path work, int returns, int runs, Validator validator) {
        this.work = work;
        this.returns = returns;
        this.runs = runs;
        this.validator = validator;
    }

    List<Figure> run(BenchDatabase kind) throws SQLException {
        try (BenchDatabase.Fresh fresh = kind.fresh(work); SesiDatabase db = SesiDatabase.open(fresh.config());
                Connection connection = BenchDatabase.Fresh.connect(db)) {
            SesiApplication sesi = SesiApplication.create(db.ports(), validator, Clock.systemUTC());
            Benchmarks.progress("results " + kind.title() + ": set-up (" + returns + " returns)");
            setUp(sesi, connection);
            List<ComputeSurveyResults.Query> queries = List.of(
                    new ComputeSurveyResults.Query(Optional.empty(), ResultGrouping.NONE),
                    new ComputeSurveyResults.Query(Optional.empty(), ResultGrouping.COUNTY),
                    new ComputeSurveyResults.Query(Optional.empty(), ResultGrouping.byQuestion(BY_QUESTION)));
            Samples product = new Samples();
            Samples baseline = new Samples();
            Samples productCpu = new Samples();
            Samples baselineCpu = new Samples();
            for (int i = 0; i <= runs; i++) {
                Stopwatch.Lap useCase = null;
                Stopwatch.Lap sql = null;
                for (int order = 0; order < 2; order++) {
                    if ((order + i) % 2 == 0) {
                        Stopwatch watch = Stopwatch.start();
                        for (ComputeSurveyResults.Query query : queries) {
                            check(sesi.survey().computeSurveyResults().compute(query));
                        }
                        useCase = watch.stop();
                    } else {
                        // a connection of its own each time, as the use case has one per transaction: H2 would
                        // otherwise hand back the last result of the same query on the same connection
                        Stopwatch watch = Stopwatch.start();
                        try (Connection own = BenchDatabase.Fresh.connect(db)) {
                            for (String query : BASELINE) {
                                tallies(own, query);
                            }
                        }
                        sql = watch.stop();
                    }
                }
                if (i > 0) {
                    product.add(useCase.wallMillis());
                    productCpu.add(useCase.cpuMillis());
                    baseline.add(sql.wallMillis());
                    baselineCpu.add(sql.cpuMillis());
                }
                Benchmarks.progress("results " + kind.title() + " run " + i + (i > 0 ? "" : " (warm-up)"));
            }
            return List.of(
                    Figure.ratio(String.format("results %,d returns x 20 questions, %s: use case vs SQL GROUP BY",
                            returns, kind.title()), product, baseline, 1.5),
                    Figure.ratio("  the same in process CPU time", productCpu, baselineCpu, Double.NaN));
        }
    }

    private void check(ComputeSurveyResults.Result result) {
        if (result.usable() != returns || result.tables().size() != 20) {
            throw new IllegalStateException("results over " + result.usable() + " returns and "
                    + result.tables().size() + " questions, not " + returns + " and 20");
        }
    }

    /** Runs a hand-written query and reads every row, as the use case reads its tallies. */
    private static int tallies(Connection connection, String query) throws SQLException {
        int rows = 0;
        try (Statement statement = connection.createStatement(); ResultSet result = statement.executeQuery(query)) {
            while (result.next()) {
                rows += result.getLong(result.getMetaData().getColumnCount()) > 0 ? 1 : 0;
            }
        }
        return rows;
    }

    private void setUp(SesiApplication sesi, Connection connection) throws SQLException {
        sesi.preStudy().startPreStudy().start(StartPreStudy.Command.sesi());
        Path frame = FrameCsv.write(work.resolve("frame-" + returns + ".csv"), returns);
        ImportSamplingFrame.Result imported =
                sesi.survey().importSamplingFrame().importFrame(new ImportSamplingFrame.Command(
                CsvFileSource.open(frame, FileEncoding.Choice.AUTO), ImportOptions.ALL_OR_NOTHING));
        if (imported.population() != returns) {
            throw new IllegalStateException("the frame's population is " + imported.population());
        }
        sesi.survey().loadQuestionnaire().load(new LoadQuestionnaire.Command(CsvFileSource.open(dictionary(),
                FileEncoding.Choice.AUTO)));
        connection.setAutoCommit(false);
        try (PreparedStatement forms = connection.prepareStatement("insert into survey_form (response_seq, "
                + "form_state, completeness, questionnaire_version, municipality_code, county_code, legal_form, "
                + "open_disagreements) values (?, 'USABLE', 'COMPLETE', 1, ?, ?, ?, 0)");
                PreparedStatement answers = connection.prepareStatement("insert into survey_answer (response_seq, "
                        + "variable, row_no, answered, answer_code, answer_number, answer_text) "
                        + "values (?, ?, ?, ?, ?, ?, null)")) {
            int pending = 0;
            for (int seq = 1; seq <= returns; seq++) {
                String municipality = FrameCsv.municipality(seq);
                forms.setInt(1, seq);
                forms.setString(2, municipality);
                forms.setString(3, municipality.substring(0, 2));
                forms.setString(4, FrameCsv.ideell(seq) ? "IDEELL_FORENING" : "EKONOMISK_FORENING");
                forms.addBatch();
                for (Answer answer : answers(seq)) {
                    answers.setInt(1, seq);
                    answers.setString(2, answer.variable());
                    answers.setShort(3, (short) answer.rowNo());
                    answers.setBoolean(4, answer.code() != null || answer.number() != null);
                    answers.setString(5, answer.code());
                    if (answer.number() == null) {
                        answers.setNull(6, Types.DECIMAL);
                    } else {
                        answers.setBigDecimal(6, answer.number());
                    }
                    answers.addBatch();
                    pending++;
                }
                if (pending >= 5000) {
                    forms.executeBatch();
                    answers.executeBatch();
                    pending = 0;
                }
            }
            forms.executeBatch();
            answers.executeBatch();
        }
        connection.commit();
    }

    /**
     * A return's analysis rows: q01-q08 LIKERT_5, q09-q14 SINGLE, q15-q17 MULTI (one to three ticks), q18-q19
     * INTEGER, q20 DECIMAL; one shown question in twenty left empty.
     */
    static List<Answer> answers(int seq) {
        List<Answer> rows = new ArrayList<>();
        long state = seq * 2654435761L;
        for (int q = 1; q <= 20; q++) {
            state = state * 6364136223846793005L + 1442695040888963407L;
            int draw = (int) ((state >>> 33) % 1000);
            String variable = String.format("q%02d", q);
            if (draw % 20 == 0) {
                rows.add(new Answer(variable, 0, null, null));
            } else if (q <= 8) {
                rows.add(new Answer(variable, 0, draw % 7 == 6 ? "9" : Integer.toString(1 + draw % 5), null));
            } else if (q <= 14) {
                rows.add(new Answer(variable, 0, Integer.toString(1 + draw % 3), null));
            } else if (q <= 17) {
                int ticks = 1 + draw % 3;
                for (int t = 0; t < ticks; t++) {
                    rows.add(new Answer(variable, t, Integer.toString(1 + (draw / 3 + t) % 5), null));
                }
            } else if (q <= 19) {
                rows.add(new Answer(variable, 0, null, BigDecimal.valueOf(draw % 200)));
            } else {
                rows.add(new Answer(variable, 0, null, BigDecimal.valueOf(draw, 1)));
            }
        }
        return rows;
    }

    /** One analysis row: a code, a number, or neither (a shown question left empty). */
    record Answer(String variable, int rowNo, String code, BigDecimal number) {
    }

    /** The data dictionary of the 20 questions. */
    private Path dictionary() {
        StringBuilder text = new StringBuilder("variable,section,label,type,choices,required,min,max,show_if\n");
        for (int q = 1; q <= 20; q++) {
            String variable = String.format("q%02d", q);
            text.append(variable).append(',').append(q == 1 ? "Del 1" : "").append(",Fråga ").append(q).append(',');
            if (q <= 8) {
                text.append("LIKERT_5,").append(LIKERT).append(",n,,,\n");
            } else if (q <= 14) {
                text.append("SINGLE,\"1, Ja | 2, Nej | 3, Vet ej\",n,,,\n");
            } else if (q <= 17) {
                text.append("MULTI,\"1, Ett | 2, Två | 3, Tre | 4, Fyra | 5, Fem\",n,,,\n");
            } else if (q <= 19) {
                text.append("INTEGER,,n,0,1000,\n");
            } else {
                text.append("DECIMAL,,n,0,1000,\n");
            }
        }
        try {
            return Files.writeString(work.resolve("results-dictionary.csv"), text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
