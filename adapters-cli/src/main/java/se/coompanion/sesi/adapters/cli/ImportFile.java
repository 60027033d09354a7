package se.coompanion.sesi.adapters.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.function.BiFunction;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.TypeConversionException;
import se.coompanion.sesi.adapters.documents.OutputGuard;
import se.coompanion.sesi.adapters.documents.csv.CsvFileSource;
import se.coompanion.sesi.adapters.documents.csv.FileEncoding;
import se.coompanion.sesi.adapters.documents.csv.RejectsFile;
import se.coompanion.sesi.application.shared.ImportOptions;
import se.coompanion.sesi.application.shared.ImportReport;
import se.coompanion.sesi.application.shared.InvalidInputException;
import se.coompanion.sesi.application.shared.Problem;
import se.coompanion.sesi.application.shared.TabularSource;
import se.coompanion.sesi.domain.shared.Message;

/**
 * The file and options every import command has (cli.md, "Input files"): {@code FILE [--encoding
 * auto|utf-8|windows-1252] [--skip-invalid --rejects FILE]}. Use it as a picocli {@code @Mixin} and call
 * {@link #run}: it opens the CSV file, runs the import, keeps or discards the rejects file, and prints what was
 * done and every warning.
 */
public final class ImportFile {

    @Parameters(index = "0", paramLabel = "FILE", descriptionKey = "import.file")
    private Path file;

    @Option(names = "--encoding", paramLabel = "auto|utf-8|windows-1252", defaultValue = "auto",
            converter = EncodingConverter.class, descriptionKey = "import.encoding")
    private FileEncoding.Choice encoding = FileEncoding.Choice.AUTO;

    @Option(names = "--skip-invalid", descriptionKey = "import.skipInvalid")
    private boolean skipInvalid;

    @Option(names = "--rejects", paramLabel = "FILE", descriptionKey = "import.rejects")
    private Path rejects;

    public Path file() {
        return file;
    }

    /** The file as rows; an unreadable file is an {@link InvalidInputException}. */
    public TabularSource source() {
        return CsvFileSource.open(file, encoding);
    }

    /**
     * Opens the file, runs the import with the options, and prints a summary on {@code out} and warnings on
     * {@code err}.
     *
     * @param importer the use case, given the rows and the options, e.g.
     *                 {@code (rows, options) -> sesi.actors().importActors()
     *                 .importActors(new ImportActors.Command(rows, options))}
     */
    public ImportReport run(BiFunction<TabularSource, ImportOptions, ImportReport> importer, Locale locale,
            PrintWriter out, PrintWriter err) {
        if (skipInvalid != (rejects != null)) {
            throw InvalidInputException.of(Message.of(ImportFile.class,
                    skipInvalid ? "import.rejectsRequired" : "import.skipRequired"));
        }
        if (rejects != null) {
            // before anything is read or stored: the rejects file must be one sesi may write
            OutputGuard.check(rejects);
        }
        TabularSource source = source();
        Optional<RejectsFile> sink = skipInvalid ? Optional.of(new RejectsFile(rejects, locale)) : Optional.empty();
        try {
            ImportOptions options = sink.map(s -> ImportOptions.skipInvalid(s)).orElse(ImportOptions.ALL_OR_NOTHING);
            ImportReport report = importer.apply(source, options);
            sink.ifPresent(s -> {
                if (s.rows() > 0) {
                    s.keep();
                } else {
                    s.discard();
                }
            });
            print(report, sink, locale, out, err);
            return report;
        } finally {
            sink.ifPresent(RejectsFile::close);
        }
    }

    private static void print(ImportReport report, Optional<RejectsFile> sink, Locale locale, PrintWriter out,
            PrintWriter err) {
        for (Problem warning : report.warnings()) {
            err.println(Message.of(ImportFile.class, "import.warning", warning.format(locale)).format(locale));
        }
        if (report.warningsOmitted() > 0) {
            err.println(Message.of(ImportFile.class, "import.warningsOmitted", report.warningsOmitted())
                    .format(locale));
        }
        if (report.alreadyImported()) {
            out.println(Message.of(ImportFile.class, "import.already", report.source(),
                    report.previousImport().orElseThrow().toString()).format(locale));
        } else {
            out.println(Message.of(ImportFile.class, "import.done", report.rowsStored(), report.rowsRead(),
                    report.source()).format(locale));
            if (report.rowsRejected() > 0) {
                out.println(Message.of(ImportFile.class, "import.rejected", report.rowsRejected(),
                        sink.map(RejectsFile::target).map(Path::toString).orElse("")).format(locale));
            }
        }
        out.flush();
        err.flush();
    }

    /** Reads auto, utf-8 or windows-1252 (also for a command that reads a file without importing rows). */
    public static final class EncodingConverter implements ITypeConverter<FileEncoding.Choice> {
        @Override
        public FileEncoding.Choice convert(String value) {
            try {
                return FileEncoding.Choice.parse(value);
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException(Message.of(ImportFile.class, "import.encodingUnknown", value)
                        .localized());
            }
        }
    }
}
