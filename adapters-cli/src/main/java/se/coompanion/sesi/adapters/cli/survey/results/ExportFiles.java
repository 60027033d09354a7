package se.coompanion.sesi.adapters.cli.survey.results;

import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import se.coompanion.sesi.adapters.cli.csv.CsvWriter;
import se.coompanion.sesi.application.SesiApplication;
import se.coompanion.sesi.application.survey.port.in.ExportSurveyData;
import se.coompanion.sesi.application.survey.port.out.UsableReturn;
import se.coompanion.sesi.domain.shared.County;
import se.coompanion.sesi.domain.shared.LegalForm;
import se.coompanion.sesi.domain.shared.Message;
import se.coompanion.sesi.domain.survey.Question;
import se.coompanion.sesi.domain.survey.QuestionType;
import se.coompanion.sesi.domain.survey.entry.Completeness;
import se.coompanion.sesi.domain.survey.results.DataColumn;
import se.coompanion.sesi.adapters.cli.survey.results.ExportColumn.ValueLabel;

/**
 * The export of the cleaned data (domain.md, Postal survey: export) into a folder:
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
 */
final class ExportFiles {

    static final String DATA = "data.csv";
    static final String CODEBOOK = "codebook.csv";
    static final String SPSS = "labels.sps";
    static final String R = "labels.R";
    static final List<String> CODEBOOK_COLUMNS = List.of("variable", "label", "type", "values", "show_if");

    private ExportFiles() {
    }

    /**
     * What was written.
     *
     * @param files   the files, in the order written
     * @param returns the usable returns in data.csv
     */
    record Written(List<Path> files, long returns) {
    }

    static Written write(SesiApplication sesi, OutputFolder folder, Locale locale) {
        DataWriter data = new DataWriter(locale);
        List<Path> files = new ArrayList<>();
        files.add(folder.write(DATA, writer -> {
            data.writer = new CsvWriter(writer);
            data.returns = sesi.exportSurveyData().export(data);
            data.writer.flush();
        }));
        List<ExportColumn> columns = data.columns();
        files.add(folder.write(CODEBOOK, writer -> codebook(writer, columns)));
        String about = Message.of(ExportFiles.class, "export.about", data.returns, DATA).format(locale);
        files.add(folder.write(SPSS, writer -> writer.write(SpssSyntax.of(columns, data.textWidths, about, locale))));
        files.add(folder.write(R, writer -> writer.write(RScript.of(columns, about, locale))));
        return new Written(files, data.returns);
    }

    private static void codebook(Writer writer, List<ExportColumn> columns) {
        CsvWriter printer = new CsvWriter(writer);
        printer.record(CODEBOOK_COLUMNS.stream().map(CsvWriter::verbatim).toList());
        for (ExportColumn column : columns) {
            printer.record(List.of(CsvWriter.verbatim(column.name()), column.label(),
                    CsvWriter.verbatim(column.type()), column.values(), column.showIf().orElse("")));
        }
        printer.flush();
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
            return Message.of(ExportFiles.class, key).format(locale);
        }
    }

    /** The unit's columns of data.csv, before the questions. */
    static List<String> unitNames() {
        return List.of("response_id", "questionnaire_version", "completeness", "municipality_code", "county_code",
                "legal_form");
    }
}
