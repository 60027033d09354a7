package se.coompanion.sesi.benchmarks;

import jakarta.validation.Validator;
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
import java.util.Map;
import se.coompanion.sesi.adapters.documents.csv.CsvFileSource;
import se.coompanion.sesi.adapters.documents.csv.FileEncoding;
import se.coompanion.sesi.adapters.persistence.SesiDatabase;
import se.coompanion.sesi.application.SesiApplication;
import se.coompanion.sesi.application.prestudy.port.in.StartPreStudy;
import se.coompanion.sesi.application.shared.ImportOptions;
import se.coompanion.sesi.application.shared.RowImport;
import se.coompanion.sesi.application.shared.TabularRow;
import se.coompanion.sesi.application.shared.TabularSource;
import se.coompanion.sesi.application.survey.port.in.ImportSamplingFrame;

/**
 * The frame import: a file of valid rows from CSV to the database through the real use case (the project's CSV
 * reader, every value checked, eligibility, response ids, batched inserts, one durable commit) against the baseline
 * "the same file read with the same reader, the rows inserted with a raw JDBC batch in one transaction" into the same
 * table of the same kind of database. Both run in this JVM, alternately, each on a fresh database; the first run of
 * each is a warm-up and not counted.
 */
final class FrameImportBenchmark {

    private static final String INSERT = "insert into survey_unit (org_number, response_seq, name, legal_form, "
            + "business_activity, care_of, street, postal_code, town, municipality_code, exclusions, "
            + "activity_unconfirmed, source_name, source_line) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    /** The legal forms the generated file uses, as the baseline stores them without the product's parsing. */
    private static final Map<String, String> LEGAL_FORMS = Map.of("51", "EKONOMISK_FORENING",
            "Ekonomisk förening", "EKONOMISK_FORENING", "Ideell förening", "IDEELL_FORENING");

    private final Path work;
    private final Path csv;
    private final int rows;
    private final int runs;
    private final Validator validator;

    FrameImportBenchmark(Path work, int rows, int runs, Validator validator) {
        this.work = work;
        this.rows = rows;
        this.runs = runs;
        this.validator = validator;
        this.csv = FrameCsv.write(work.resolve("frame-" + rows + ".csv"), rows);
    }

    List<Figure> run(BenchDatabase kind) throws SQLException {
        Samples product = new Samples();
        Samples baseline = new Samples();
        Samples parse = new Samples();
        Samples productCpu = new Samples();
        Samples baselineCpu = new Samples();
        for (int i = 0; i <= runs; i++) {
            boolean counted = i > 0;
            if (i % 2 == 0) {
                measure(product, productCpu, counted, () -> productRun(kind));
                measure(baseline, baselineCpu, counted, () -> baselineRun(kind));
            } else {
                measure(baseline, baselineCpu, counted, () -> baselineRun(kind));
                measure(product, productCpu, counted, () -> productRun(kind));
            }
            measure(parse, new Samples(), counted, this::parseRun);
            Benchmarks.progress("frame import " + kind.title() + " run " + i + (counted ? "" : " (warm-up)"));
        }
        String size = String.format("%,d", rows);
        List<Figure> figures = new ArrayList<>();
        figures.add(Figure.ratio("frame import " + size + " rows, " + kind.title() + ": use case vs raw JDBC batch",
                product, baseline, 1.3));
        figures.add(Figure.ratio("  the same in process CPU time (less sensitive to other load)", productCpu,
                baselineCpu, Double.NaN));
        figures.add(Figure.ratio("  read the file once (CsvFileSource) vs raw JDBC batch", parse, baseline,
                Double.NaN));
        return figures;
    }

    private interface Run {
        Stopwatch.Lap lap() throws SQLException;
    }

    private static void measure(Samples wall, Samples cpu, boolean counted, Run run) throws SQLException {
        Stopwatch.Lap lap = run.lap();
        if (counted) {
            wall.add(lap.wallMillis());
            cpu.add(lap.cpuMillis());
        }
    }

    /** The real use case on a fresh database with the SESI pre-study; the time of the import alone. */
    private Stopwatch.Lap productRun(BenchDatabase kind) {
        try (BenchDatabase.Fresh fresh = kind.fresh(work); SesiDatabase db = SesiDatabase.open(fresh.config())) {
            SesiApplication sesi = SesiApplication.create(db.ports(), validator, Clock.systemUTC());
            sesi.preStudy().startPreStudy().start(StartPreStudy.Command.sesi());
            Stopwatch watch = Stopwatch.start();
            ImportSamplingFrame.Result result =
                    sesi.survey().importSamplingFrame().importFrame(new ImportSamplingFrame.Command(
                    CsvFileSource.open(csv, FileEncoding.Choice.AUTO), ImportOptions.ALL_OR_NOTHING));
            Stopwatch.Lap lap = watch.stop();
            if (result.report().rowsStored() != rows || result.population() != rows) {
                throw new IllegalStateException("the use case stored " + result.report().rowsStored() + " rows, "
                        + result.population() + " in the population, of " + rows);
            }
            return lap;
        }
    }

    /** The same file, the same reader, a raw JDBC batch in chunks of the product's batch size, one commit. */
    private Stopwatch.Lap baselineRun(BenchDatabase kind) throws SQLException {
        try (BenchDatabase.Fresh fresh = kind.fresh(work); SesiDatabase db = SesiDatabase.open(fresh.config());
                Connection connection = BenchDatabase.Fresh.connect(db)) {
            Stopwatch watch = Stopwatch.start();
            TabularSource source = CsvFileSource.open(csv, FileEncoding.Choice.AUTO);
            connection.setAutoCommit(false);
            int stored = 0;
            try (PreparedStatement insert = connection.prepareStatement(INSERT);
                    TabularSource.Rows lines = source.rows()) {
                while (lines.hasNext()) {
                    TabularRow row = lines.next();
                    bind(insert, row, ++stored, source.name());
                    insert.addBatch();
                    if (stored % RowImport.BATCH_SIZE == 0) {
                        insert.executeBatch();
                    }
                }
                insert.executeBatch();
            }
            connection.commit();
            Stopwatch.Lap lap = watch.stop();
            if (count(connection) != rows) {
                throw new IllegalStateException("the baseline stored " + count(connection) + " rows of " + rows);
            }
            return lap;
        }
    }

    /** The file read once with the project's reader, nothing stored: what parsing alone costs. */
    private Stopwatch.Lap parseRun() {
        Stopwatch watch = Stopwatch.start();
        TabularSource source = CsvFileSource.open(csv, FileEncoding.Choice.AUTO);
        int read = 0;
        try (TabularSource.Rows lines = source.rows()) {
            while (lines.hasNext()) {
                read += lines.next().values().size() > 0 ? 1 : 0;
            }
        }
        if (read != rows) {
            throw new IllegalStateException("read " + read + " rows of " + rows);
        }
        return watch.stop();
    }

    private static void bind(PreparedStatement insert, TabularRow row, int sequence, String sourceName)
            throws SQLException {
        List<String> v = row.values();
        insert.setString(1, v.get(0).replace("-", ""));
        insert.setInt(2, sequence);
        insert.setString(3, v.get(1));
        insert.setString(4, LEGAL_FORMS.get(v.get(2)));
        if (v.get(3).isEmpty()) {
            insert.setNull(5, Types.BOOLEAN);
        } else {
            insert.setBoolean(5, true);
        }
        insert.setString(6, v.get(4).isEmpty() ? null : v.get(4));
        insert.setString(7, v.get(5));
        insert.setString(8, v.get(6).replace(" ", ""));
        insert.setString(9, v.get(7));
        insert.setString(10, v.get(8));
        insert.setNull(11, Types.VARCHAR);
        insert.setBoolean(12, false);
        insert.setString(13, sourceName);
        insert.setInt(14, row.line());
    }

    private static int count(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery("select count(*) from survey_unit")) {
            result.next();
            return result.getInt(1);
        }
    }
}
