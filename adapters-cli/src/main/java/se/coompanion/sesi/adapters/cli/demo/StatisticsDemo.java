package se.coompanion.sesi.adapters.cli.demo;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import se.coompanion.sesi.adapters.cli.Language;
import se.coompanion.sesi.adapters.documents.csv.CsvFileSource;
import se.coompanion.sesi.adapters.documents.csv.FileEncoding;
import se.coompanion.sesi.adapters.documents.DocumentFormat;
import se.coompanion.sesi.application.SesiApplication;
import se.coompanion.sesi.application.shared.ImportOptions;
import se.coompanion.sesi.application.statistics.port.in.ImportStatistics;
import se.coompanion.sesi.domain.shared.Message;

/**
 * The statistics on women's entrepreneurship and the information material. The demo's file {@code statistik.csv}
 * (copied into the demo directory, then imported as a user would) holds the two real national figures of
 * domain.md with their sources, and figures for the counties and municipalities of Mellersta Norrland that are
 * made up and flagged {@code exempeldata=ja}: the material labels each of them "Exempeldata" / "Example data".
 * The material is written in HTML, Markdown and PDF, in Swedish and English.
 */
final class StatisticsDemo implements DemoStep {

    /** The demo's statistics file, on the class path beside this class and written into the demo directory. */
    static final String FILE = "statistik.csv";

    @Override
    public Message title() {
        return Message.of(StatisticsDemo.class, "demo.step.statistics");
    }

    @Override
    public void run(SesiApplication sesi, Path directory) {
        Path file = DemoFiles.copy(FILE, directory);
        sesi.statistics().importStatistics().importStatistics(new ImportStatistics.Command(
                CsvFileSource.open(file, FileEncoding.Choice.AUTO), ImportOptions.ALL_OR_NOTHING));
        for (Locale locale : List.of(Language.SV.locale(), Language.EN.locale())) {
            for (DocumentFormat format : DocumentFormat.values()) {
                DemoStep.documents(sesi).informationMaterial(format, locale).writeInto(directory);
            }
        }
    }
}
