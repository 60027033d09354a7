package se.coompanion.sesi.adapters.documents.report;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import se.coompanion.sesi.adapters.documents.OutputFile;
import se.coompanion.sesi.application.SesiApplication;
import se.coompanion.sesi.application.shared.InvalidInputException;
import se.coompanion.sesi.application.synthesis.port.in.PrepareFinalReport;
import se.coompanion.sesi.domain.shared.Message;
import se.coompanion.sesi.domain.statistics.MaterialFormat;

/**
 * Writes the final report: prepares its content, renders it and writes {@code DIR/slutrapport-LANG.html} or
 * {@code .md}, whole or not at all.
 */
public final class ReportFiles {

    /** The file name before the language and the extension. */
    public static final String BASE_NAME = "slutrapport";

    private ReportFiles() {
    }

    /**
     * What was written.
     *
     * @param file    the file
     * @param missing how many points the report names as missing (0: the pre-study is complete)
     */
    public record Written(Path file, int missing) {
    }

    /** The file name for a format and language: {@code slutrapport-sv.html}. */
    public static String fileName(MaterialFormat format, Locale locale) {
        return BASE_NAME + "-" + locale.getLanguage() + "." + format.extension();
    }

    public static Written write(SesiApplication sesi, Path directory, MaterialFormat format, Locale locale) {
        checkDirectory(directory);
        return write(sesi.prepareFinalReport().prepare(), directory, format, locale);
    }

    /** Writes a report already prepared (the same content in several formats and languages). */
    public static Written write(PrepareFinalReport.FinalReport report, Path directory, MaterialFormat format,
            Locale locale) {
        checkDirectory(directory);
        ReportBuilder builder = new ReportBuilder(report, locale);
        Path file = directory.resolve(fileName(format, locale));
        OutputFile.write(file, ReportDocument.render(builder.build(), format, locale));
        return new Written(file, builder.missing().size());
    }

    private static void checkDirectory(Path directory) {
        if (Files.exists(directory) && !Files.isDirectory(directory)) {
            throw InvalidInputException.of(Message.of(ReportFiles.class, "report.notDirectory", directory));
        }
    }
}
