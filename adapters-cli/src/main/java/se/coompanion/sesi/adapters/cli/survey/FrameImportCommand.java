package se.coompanion.sesi.adapters.cli.survey;

import java.util.concurrent.atomic.AtomicReference;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import se.coompanion.sesi.adapters.cli.CliCommand;
import se.coompanion.sesi.adapters.cli.ExitCode;
import se.coompanion.sesi.adapters.cli.ImportFile;
import se.coompanion.sesi.application.survey.port.in.ImportSamplingFrame;
import se.coompanion.sesi.domain.survey.FrameEntry;

/**
 * {@code sesi survey frame import FILE [--encoding] [--skip-invalid --rejects FILE]}: imports the sampling frame,
 * then says who joined the survey population (with their response ids) and lists the rows kept outside it.
 */
@Command(name = "import", resourceBundle = "se.coompanion.sesi.adapters.cli.survey.messages",
        mixinStandardHelpOptions = true)
public final class FrameImportCommand extends CliCommand {

    /** Excluded rows printed; the rest are counted (all are listed by {@code survey frame excluded}). */
    static final int EXCLUDED_SHOWN = 50;

    @Mixin
    private ImportFile importFile;

    @Override
    public Integer call() {
        AtomicReference<ImportSamplingFrame.Result> result = new AtomicReference<>();
        importFile.run((rows, options) -> {
            result.set(sesi().survey().importSamplingFrame().importFrame(new ImportSamplingFrame.Command(rows,
                    options)));
            return result.get().report();
        }, context().locale(), out(), err());
        ImportSamplingFrame.Result imported = result.get();
        if (imported.report().alreadyImported()) {
            return ExitCode.OK;
        }
        if (imported.population() > 0) {
            out().println(text("frame.import.population", imported.population(),
                    imported.firstId().orElseThrow().toString(), imported.lastId().orElseThrow().toString()));
        } else {
            out().println(text("frame.import.noPopulation"));
        }
        if (imported.unconfirmed() > 0) {
            out().println(text("frame.import.unconfirmed", imported.unconfirmed()));
        }
        if (imported.excludedCount() > 0) {
            out().println(text("frame.import.excluded", imported.excludedCount()));
            imported.excluded().stream().limit(EXCLUDED_SHOWN).forEach(this::printExcluded);
            if (imported.excludedCount() > EXCLUDED_SHOWN) {
                out().println(text("frame.import.excludedMore", imported.excludedCount() - EXCLUDED_SHOWN));
            }
        }
        out().flush();
        return ExitCode.OK;
    }

    private void printExcluded(FrameEntry entry) {
        out().println("  " + entry.source() + ":" + entry.line() + ": " + entry.unit().orgNumber() + " "
                + entry.unit().name() + ": " + FrameTables.reasons(entry.unit(), context().locale()));
    }
}
