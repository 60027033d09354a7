package se.coompanion.sesi.adapters.cli.demo;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import se.coompanion.sesi.adapters.cli.CliCommand;
import se.coompanion.sesi.adapters.cli.ExitCode;
import se.coompanion.sesi.adapters.cli.implementation.GapList;
import se.coompanion.sesi.adapters.documents.OutputGuard;
import se.coompanion.sesi.adapters.documents.render.OutputFormat;
import se.coompanion.sesi.adapters.cli.prestudy.StatusSummary;
import se.coompanion.sesi.adapters.documents.prestudy.StatusTable;
import se.coompanion.sesi.application.SesiApplication;
import se.coompanion.sesi.application.prestudy.port.in.ShowProgress;
import se.coompanion.sesi.domain.implementation.Gap;

/**
 * {@code sesi demo [--out DIR]}: a complete demo pre-study in a fresh database inside DIR (never the user's
 * own database), and its documents; then the status of every activity.
 */
@Command(name = "demo", resourceBundle = "se.coompanion.sesi.adapters.cli.demo.messages",
        mixinStandardHelpOptions = true)
public final class DemoCommand extends CliCommand {

    /** The demo database inside the output directory: DIR/sesi-demo.mv.db. */
    static final String DATABASE_NAME = "sesi-demo";

    /** The documents the demo writes, for people: what each is and where it is in the output directory. */
    private static final String[][] DOCUMENTS = {
        {"demo.document.report", "slutrapport-sv.html"},
        {"demo.document.reportPdf", "slutrapport-sv.pdf"},
        {"demo.document.reportEnglish", "slutrapport-en.html"},
        {"demo.document.application", "ansokningsutkast-sv.html"},
        {"demo.document.applicationJson", "ansokningsutkast-sv.json"},
        {"demo.document.material", "informationsmaterial-sv.html"},
        {"demo.document.surveyResults", "enkat/resultat"},
        {"demo.document.surveyExport", "enkat/export"},
        {"demo.document.grid", StakeholderDemo.GRID_FILE},
        {"demo.document.heatMap", "kompetensgap-sv.html"},
    };

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "sesi-demo", descriptionKey = "demo.out")
    private Path directory;

    @Override
    public Integer call() {
        Path out = directory.toAbsolutePath().normalize();
        Path database = out.resolve(DATABASE_NAME);
        // the demo starts from a fresh database: never over the one in use
        OutputGuard.check(Path.of(database + ".mv.db"));
        SesiApplication sesi = context().freshDemoApplication(database);
        var steps = DemoScenario.steps();
        for (int i = 0; i < steps.size(); i++) {
            DemoStep step = steps.get(i);
            progress(text("demo.progress", i + 1, steps.size(), text(step.title())));
            step.run(sesi, out);
        }
        ShowProgress.Result status = sesi.preStudy().showProgress().show();
        out().println(text("demo.done", out, database + ".mv.db"));
        out().println();
        out().println(text("demo.documents"));
        for (String[] document : DOCUMENTS) {
            Path file = out.resolve(document[1]);
            if (Files.exists(file)) {
                out().println("  " + text(document[0]) + ": " + file);
            }
        }
        out().println();
        out().print(StatusTable.render(status, context().locale(), OutputFormat.TABLE));
        out().println();
        List<Gap> gaps = sesi.implementation().checkImplementationDraft().check().gaps();
        out().println(text("demo.implementation", gaps.size()));
        GapList.print(gaps, context().locale(), out(), false);
        out().println();
        out().println(text("demo.explore", database));
        context().keepStatusSummary(StatusSummary.of(status));
        return ExitCode.OK;
    }
}
