package se.coompanion.sesi.adapters.cli.demo;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import se.coompanion.sesi.adapters.cli.Language;
import se.coompanion.sesi.adapters.documents.PictureFormat;
import se.coompanion.sesi.adapters.documents.csv.CsvFileSource;
import se.coompanion.sesi.adapters.documents.csv.FileEncoding;
import se.coompanion.sesi.application.SesiApplication;
import se.coompanion.sesi.application.competence.port.in.ImportRatings;
import se.coompanion.sesi.application.shared.ImportOptions;
import se.coompanion.sesi.domain.shared.Message;

/**
 * The competence mapping: the ten social enterprises of the demo's actor register ({@code aktorer.csv}, fictional,
 * with invented Luhn-valid numbers) rate the competences of the standard framework that matter to them. The ratings
 * come from {@code kompetens.csv} (copied into the demo directory and imported as a user would; the same file as
 * {@code docs/examples/kompetens.csv}), made so that the ranking has a clear leader, a competence few rated but
 * highly (small N), and competences rated above the need. The heat map is written as {@code kompetensgap-sv.html} and
 * {@code kompetensgap-en.html}.
 */
final class CompetenceDemo implements DemoStep {

    /** The demo's ratings file, on the class path beside this class and written into the demo directory. */
    static final String FILE = "kompetens.csv";

    @Override
    public Message title() {
        return Message.of(CompetenceDemo.class, "demo.step.competence");
    }

    @Override
    public void run(SesiApplication sesi, Path directory) {
        Path file = DemoFiles.copy(FILE, directory);
        sesi.competence().importRatings().importRatings(new ImportRatings.Command(CsvFileSource.open(file,
                FileEncoding.Choice.AUTO), ImportOptions.ALL_OR_NOTHING));
        for (Locale locale : List.of(Language.SV.locale(), Language.EN.locale())) {
            DemoStep.documents(sesi).gapMatrix(PictureFormat.HTML, locale).writeInto(directory);
        }
    }
}
