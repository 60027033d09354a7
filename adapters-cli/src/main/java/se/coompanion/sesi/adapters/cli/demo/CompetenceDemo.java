package se.coompanion.sesi.adapters.cli.demo;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import se.coompanion.sesi.adapters.cli.Language;
import se.coompanion.sesi.adapters.cli.competence.CompetenceFiles;
import se.coompanion.sesi.adapters.cli.csv.CsvFileSource;
import se.coompanion.sesi.adapters.cli.csv.FileEncoding;
import se.coompanion.sesi.application.SesiApplication;
import se.coompanion.sesi.application.actor.port.in.AddActor;
import se.coompanion.sesi.application.competence.port.in.ImportRatings;
import se.coompanion.sesi.application.shared.ImportOptions;
import se.coompanion.sesi.domain.shared.Message;

/**
 * The competence mapping: ten social enterprises of the actor register rate the competences of the standard
 * framework that matter to them. The register of the actor step has nine; the tenth, a work-integration social
 * enterprise in Strömsund, is registered here through the same use case as {@code sesi actor add} (fictional, with an
 * invented Luhn-valid number like the register's). The ratings come from {@code kompetens.csv} (copied into the demo
 * directory and imported as a user would; the same file as {@code docs/examples/kompetens.csv}), made so that the
 * ranking has clear leaders, a competence few rated but highly (small N), and competences rated above the need. The
 * heat map is written as {@code kompetensgap-sv.html} and {@code kompetensgap-en.html}.
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
        sesi.addActor().add(new AddActor.Command("Inlandsservice Strömsund ek. för.", "769645-5125", "51",
                List.of("WORK_INTEGRATION_SOCIAL_ENTERPRISE", "SOCIAL_ENTERPRISE", "ECONOMIC_ASSOCIATION"), "2313", null,
                null, null, null, "Fiktiv organisation (demodata)"));
        Path file = DemoFiles.copy(FILE, directory);
        sesi.importRatings().importRatings(new ImportRatings.Command(CsvFileSource.open(file, FileEncoding.Choice.AUTO),
                ImportOptions.ALL_OR_NOTHING));
        for (Locale locale : List.of(Language.SV.locale(), Language.EN.locale())) {
            CompetenceFiles.writeMatrix(sesi, directory.resolve("kompetensgap-" + locale.getLanguage() + ".html"),
                    locale);
        }
    }
}
