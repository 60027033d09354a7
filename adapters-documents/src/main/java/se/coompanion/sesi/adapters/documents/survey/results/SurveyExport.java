package se.coompanion.sesi.adapters.documents.survey.results;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import se.coompanion.sesi.adapters.documents.OutputFile;
import se.coompanion.sesi.adapters.documents.OutputGuard;
import se.coompanion.sesi.adapters.documents.csv.CsvWriter;
import se.coompanion.sesi.adapters.documents.survey.results.ExportColumn.ValueLabel;
import se.coompanion.sesi.application.shared.InvalidInputException;
import se.coompanion.sesi.application.shared.Problem;
import se.coompanion.sesi.application.survey.port.in.ExportSurveyData;
import se.coompanion.sesi.domain.shared.County;
import se.coompanion.sesi.domain.shared.LegalForm;
import se.coompanion.sesi.domain.shared.Message;
import se.coompanion.sesi.domain.survey.Question;
import se.coompanion.sesi.domain.survey.QuestionType;
import se.coompanion.sesi.domain.survey.entry.Completeness;
import se.coompanion.sesi.domain.survey.results.DataColumn;
import se.coompanion.sesi.domain.survey.results.UsableReturn;

/**
 * The export of the postal survey's cleaned data (domain.md, Postal survey: export): four files that belong together,
 * <ul>
 * <li>{@code data.csv}: one row per usable return; the unit's columns ({@code response_id, questionnaire_version,
 *     completeness, municipality_code, county_code, legal_form}), then one column per question (a MULTI question one
 *     0/1 column per option, {@code var___code}); an empty cell is no answer or not asked; UTF-8, comma, RFC 4180,
 *     written by {@link CsvWriter} as every CSV: numbers, codes and dates as they are, and a text answer that a
 *     spreadsheet would run as a formula with a leading apostrophe (the data entry refuses such answers, so only a
 *     phone number or a dash list can get one);</li>
 * <li>{@code codebook.csv}: {@code variable,label,type,values,show_if}, one row per column of data.csv;</li>
 * <li>{@code labels.sps}: SPSS syntax that reads data.csv and applies variable labels, value labels and measurement
 *     levels, ending with {@code EXECUTE.};</li>
 * <li>{@code labels.R}: an R script that reads data.csv and applies variable labels (the attribute "label") and
 *     value labels (a factor beside each coded variable).</li>
 * </ul>
 * The returns are read when the export is written and streamed into data.csv, so that a large survey is never held
 * in memory. Written into a directory, the four files replace what was there only once all four are written; written
 * to a stream, they are a ZIP archive ({@value #ARCHIVE}) for a web application to serve. Made by
 * {@link se.coompanion.sesi.adapters.documents.SesiDocuments#surveyExport}.
 */
public final class SurveyExport {

    /** The cleaned data. */
    public static final String DATA = "data.csv";
    /** The description of every column of the data. */
    public static final String CODEBOOK = "codebook.csv";
    /** The SPSS syntax. */
    public static final String SPSS = "labels.sps";
    /** The R script. */
    public static final String R = "labels.R";
    /** The name of the four files as one ZIP archive. */
    public static final String ARCHIVE = "enkatexport.zip";
    /** The media type of the archive. */
    public static final String ARCHIVE_MEDIA_TYPE = "application/zip";

    static final List<String> CODEBOOK_COLUMNS = List.of("variable", "label", "type", "values", "show_if");

    private final ExportSurveyData export;
    private final Locale locale;

    /**
     * @param export the use case that streams the usable returns
     * @param locale the language of the labels the unit's columns get (the questions' labels are the questionnaire's)
     */
    public SurveyExport(ExportSurveyData export, Locale locale) {
        this.export = Objects.requireNonNull(export, "export");
        this.locale = Objects.requireNonNull(locale, "locale");
    }

    /** The files of the export, in the order they are written. */
    public static List<String> fileNames() {
        return List.of(DATA, CODEBOOK, SPSS, R);
    }

    /**
     * What was written.
     *
     * @param files   the files, in the order of {@link #fileNames()}
     * @param returns the usable returns in data.csv
     */
    public record Written(List<Path> files, long returns) {

        /** Copies the list. */
        public Written {
            files = List.copyOf(files);
        }
    }

    /**
     * Writes the four files into the directory (created when missing). They are first written beside each other in a
     * temporary directory inside it and then moved into place, so that a failure leaves the files that were there
     * before. A directory that is a file, or one that cannot be written, is an {@link InvalidInputException}, and so is
     * a file {@link OutputGuard} refuses (checked before anything is read).
     *
     * @param directory where the files go
     * @return the files and the number of returns
     */
    public Written writeInto(Path directory) {
        Path folder = OutputFile.inDirectory(directory, DATA).getParent();
        // before any work, and again as each file is moved into place: no file of the export may replace a file
        // OutputGuard protects (a database in use), a directory or a device
        for (String name : fileNames()) {
            OutputGuard.check(folder.resolve(name));
        }
        Path staging = folder.resolve(".enkatexport-" + UUID.randomUUID() + ".partial");
        try {
            long returns = write((name, content) -> OutputFile.write(staging.resolve(name), content));
            List<Path> files = new ArrayList<>();
            for (String name : fileNames()) {
                Path target = folder.resolve(name);
                OutputGuard.check(target);
                move(staging.resolve(name), target);
                files.add(target);
            }
            return new Written(files, returns);
        } catch (IOException e) {
            throw InvalidInputException.of(Problem.ofField("", folder.toString(), Message.of(OutputFile.class,
                    "output.cannotWrite", folder, e.getClass().getSimpleName() + ": " + e.getMessage())));
        } finally {
            delete(staging);
        }
    }

    /**
     * Writes the four files as a ZIP archive to the stream, which is finished but left open.
     *
     * @param out where to write, e.g. a servlet response's stream
     * @return the number of returns in data.csv
     * @throws IOException when the stream fails
     */
    public long writeZipTo(OutputStream out) throws IOException {
        ZipOutputStream zip = new ZipOutputStream(new FilterOutputStream(out) {
            @Override
            public void write(byte[] bytes, int offset, int length) throws IOException {
                out.write(bytes, offset, length);
            }

            @Override
            public void close() throws IOException {
                flush();
            }
        }, StandardCharsets.UTF_8);
        long returns = write((name, content) -> {
            zip.putNextEntry(new ZipEntry(name));
            Writer writer = new OutputStreamWriter(zip, StandardCharsets.UTF_8) {
                @Override
                public void close() throws IOException {
                    flush();
                }
            };
            content.writeTo(writer);
            writer.flush();
            zip.closeEntry();
        });
        zip.finish();
        zip.flush();
        return returns;
    }

    /** Where the files go: a file of the directory, or an entry of the archive. */
    @FunctionalInterface
    private interface FileSink {
        void file(String name, OutputFile.Content content) throws IOException;
    }

    private long write(FileSink files) throws IOException {
        DataWriter data = new DataWriter(locale);
        files.file(DATA, writer -> {
            data.writer = new CsvWriter(writer);
            try {
                data.returns = export.export(data);
                data.writer.flush();
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
        });
        List<ExportColumn> columns = data.columns();
        files.file(CODEBOOK, writer -> codebook(writer, columns));
        String about = Message.of(SurveyExport.class, "export.about", data.returns, DATA).format(locale);
        files.file(SPSS, writer -> writer.write(SpssSyntax.of(columns, data.textWidths, about, locale)));
        files.file(R, writer -> writer.write(RScript.of(columns, about, locale)));
        return data.returns;
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static void delete(Path directory) {
        if (!Files.exists(directory)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(directory)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            // a hidden temporary directory left behind loses nothing; the export itself succeeded or said why not
        }
    }

    private static void codebook(Writer writer, List<ExportColumn> columns) throws IOException {
        try {
            CsvWriter printer = new CsvWriter(writer);
            printer.record(CODEBOOK_COLUMNS.stream().map(CsvWriter::verbatim).toList());
            for (ExportColumn column : columns) {
                printer.record(List.of(CsvWriter.verbatim(column.name()), column.label(),
                        CsvWriter.verbatim(column.type()), column.values(), column.showIf().orElse("")));
            }
            printer.flush();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /** Writes data.csv as the returns stream in, and learns what the other files need (text widths, counties). */
    private static final class DataWriter implements ExportSurveyData.Sink {

        private final Locale locale;
        private CsvWriter writer;
        private long returns;
        private List<DataColumn> dataColumns = List.of();
        private final Map<String, Integer> textWidths = new HashMap<>();
        private final Map<String, County> counties = new TreeMap<>();

        DataWriter(Locale locale) {
            this.locale = locale;
        }

        @Override
        public void variables(List<Question> variables) {
            dataColumns = DataColumn.of(variables);
            List<Object> header = new ArrayList<>();
            unitNames().forEach(n -> header.add(CsvWriter.verbatim(n)));
            dataColumns.forEach(c -> header.add(CsvWriter.verbatim(c.name())));
            writer.record(header);
        }

        @Override
        public void accept(UsableReturn r) {
            List<String> unit = List.of(r.responseId().toString(), String.valueOf(r.version()),
                    r.completeness().name(), r.municipality().code(), r.municipality().county().code(),
                    r.legalForm().name());
            counties.put(r.municipality().county().code(), r.municipality().county());
            List<String> units = unitNames();
            List<Object> row = new ArrayList<>();
            for (int i = 0; i < units.size(); i++) {
                row.add(CsvWriter.verbatim(unit.get(i)));
                if (i != 1) {
                    textWidths.merge(units.get(i), unit.get(i).getBytes(StandardCharsets.UTF_8).length, Math::max);
                }
            }
            for (DataColumn column : dataColumns) {
                String cell = column.cell(r.answers());
                if (column.question().type() == QuestionType.TEXT) {
                    String written = CsvWriter.neutralised(cell);
                    row.add(CsvWriter.verbatim(written));
                    textWidths.merge(column.name(), written.getBytes(StandardCharsets.UTF_8).length, Math::max);
                } else {
                    row.add(CsvWriter.verbatim(cell));
                }
            }
            writer.record(row);
        }

        /** Every column of data.csv, described. */
        List<ExportColumn> columns() {
            List<ExportColumn> columns = new ArrayList<>();
            columns.add(unit("response_id", ExportColumn.Storage.TEXT, "TEXT", List.of()));
            columns.add(unit("questionnaire_version", ExportColumn.Storage.INTEGER, "INTEGER", List.of()));
            columns.add(unit("completeness", ExportColumn.Storage.TEXT, "TEXT", List.of(
                    new ValueLabel(Completeness.COMPLETE.name(), Completeness.COMPLETE.title().format(locale)),
                    new ValueLabel(Completeness.PARTIAL.name(), Completeness.PARTIAL.title().format(locale)))));
            columns.add(unit("municipality_code", ExportColumn.Storage.TEXT, "TEXT", List.of()));
            columns.add(unit("county_code", ExportColumn.Storage.TEXT, "TEXT", counties.values().stream()
                    .map(c -> new ValueLabel(c.code(), c.name())).toList()));
            columns.add(unit("legal_form", ExportColumn.Storage.TEXT, "TEXT", List.of(
                    new ValueLabel(LegalForm.EKONOMISK_FORENING.name(), LegalForm.EKONOMISK_FORENING.name(locale)),
                    new ValueLabel(LegalForm.IDEELL_FORENING.name(), LegalForm.IDEELL_FORENING.name(locale)))));
            for (DataColumn column : dataColumns) {
                columns.add(question(column));
            }
            return columns;
        }

        private ExportColumn unit(String name, ExportColumn.Storage storage, String type, List<ValueLabel> codes) {
            return new ExportColumn(name, text("export.column." + name), type, storage, codes,
                    ExportColumn.Level.NOMINAL, ValueLabel.format(codes), Optional.empty(), List.of());
        }

        private ExportColumn question(DataColumn column) {
            Question q = column.question();
            Optional<String> showIf = q.showIf().map(Object::toString);
            if (column.option().isPresent()) {
                List<ValueLabel> ticked = List.of(new ValueLabel("0", text("export.notTicked")),
                        new ValueLabel("1", text("export.ticked")));
                return new ExportColumn(column.name(), q.label() + ": " + column.option().get().label(), "MULTI",
                        ExportColumn.Storage.CODE, ticked, ExportColumn.Level.NOMINAL, ValueLabel.format(ticked),
                        showIf, List.of());
            }
            List<ValueLabel> choices = ValueLabel.of(q.choices());
            return switch (q.type()) {
                case SINGLE -> new ExportColumn(column.name(), q.label(), q.type().name(), ExportColumn.Storage.CODE,
                        choices, ExportColumn.Level.NOMINAL, ValueLabel.format(choices), showIf, List.of());
                case LIKERT_5 -> new ExportColumn(column.name(), q.label(), q.type().name(), ExportColumn.Storage.CODE,
                        choices, ExportColumn.Level.ORDINAL, ValueLabel.format(choices), showIf,
                        q.choiceCodes().stream().filter(c -> !q.isScalePoint(c)).toList());
                case INTEGER -> number(column, ExportColumn.Storage.INTEGER, showIf);
                case DECIMAL -> number(column, ExportColumn.Storage.DECIMAL, showIf);
                case DATE -> new ExportColumn(column.name(), q.label(), q.type().name(), ExportColumn.Storage.DATE,
                        List.of(), ExportColumn.Level.SCALE, range(q), showIf, List.of());
                case TEXT -> new ExportColumn(column.name(), q.label(), q.type().name(), ExportColumn.Storage.TEXT,
                        List.of(), ExportColumn.Level.NOMINAL, "", showIf, List.of());
                case MULTI -> throw new IllegalStateException("a MULTI question is exported option by option");
            };
        }

        private ExportColumn number(DataColumn column, ExportColumn.Storage storage, Optional<String> showIf) {
            Question q = column.question();
            return new ExportColumn(column.name(), q.label(), q.type().name(), storage, List.of(),
                    ExportColumn.Level.SCALE, range(q), showIf, List.of());
        }

        /** "0..500", "1850..", "..2024" or empty. */
        private static String range(Question q) {
            return q.min().isEmpty() && q.max().isEmpty() ? "" : q.min().orElse("") + ".." + q.max().orElse("");
        }

        private String text(String key) {
            return Message.of(SurveyExport.class, key).format(locale);
        }
    }

    /** The unit's columns of data.csv, before the questions. */
    static List<String> unitNames() {
        return List.of("response_id", "questionnaire_version", "completeness", "municipality_code", "county_code",
                "legal_form");
    }
}
