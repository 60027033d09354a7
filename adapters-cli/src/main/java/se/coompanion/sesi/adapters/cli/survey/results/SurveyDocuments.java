package se.coompanion.sesi.adapters.cli.survey.results;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import se.coompanion.sesi.application.SesiApplication;
import se.coompanion.sesi.domain.survey.results.ResultGrouping;
import se.coompanion.sesi.adapters.documents.survey.results.ExportFiles;
import se.coompanion.sesi.adapters.documents.survey.results.OutputFolder;

/** The survey's documents as the commands write them, for other parts of the command line (the demo). */
public final class SurveyDocuments {

    private SurveyDocuments() {
    }

    /** The results page of every question ({@code survey results [--by ...] --out DIR}); returns the file. */
    public static Path resultsPage(SesiApplication sesi, Path directory, ResultGrouping grouping, Locale locale) {
        return ResultsCommand.writePage(sesi, new OutputFolder(directory), Optional.empty(), grouping, locale);
    }

    /** The export ({@code survey export --out DIR}); returns the files written. */
    public static List<Path> export(SesiApplication sesi, Path directory, Locale locale) {
        return ExportFiles.write(sesi, new OutputFolder(directory), locale).files();
    }
}
