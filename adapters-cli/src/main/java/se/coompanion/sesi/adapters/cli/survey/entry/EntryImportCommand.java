package se.coompanion.sesi.adapters.cli.survey.entry;

import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import se.coompanion.sesi.adapters.cli.CliCommand;
import se.coompanion.sesi.adapters.cli.ExitCode;
import se.coompanion.sesi.adapters.cli.ImportFile;
import se.coompanion.sesi.application.survey.port.in.ImportReturns;

/**
 * {@code sesi survey entry import FILE [--pass 1|2] [--questionnaire-version N] [--replace] [--date D]
 * [--user NAME] [--encoding] [--skip-invalid --rejects FILE]}: keys returned forms from a data-entry file, then says how complete they were,
 * which dispositions followed and where the forms stand.
 */
@Command(name = "import", resourceBundle = "se.coompanion.sesi.adapters.cli.survey.entry.messages",
        mixinStandardHelpOptions = true, sortOptions = false)
public final class EntryImportCommand extends CliCommand {

    /** Partial forms and break-offs printed; the rest are counted. */
    static final int NOTICES_SHOWN = 50;

    @Mixin
    private ImportFile importFile;

    @Mixin
    private KeyingOptions keying;

    @Override
    public Integer call() {
        AtomicReference<ImportReturns.Result> result = new AtomicReference<>();
        importFile.run((rows, options) -> {
            result.set(sesi().survey().importReturns().importReturns(new ImportReturns.Command(rows, options,
                    keying.pass(),
                    keying.version(), keying.replace(), keying.date(), keying.user().who(context().environment()))));
            return result.get().report();
        }, context().locale(), out(), err());
        ImportReturns.Result imported = result.get();
        if (imported.report().alreadyImported()) {
            return ExitCode.OK;
        }
        EntryTexts texts = new EntryTexts(context().locale());
        out().println(text("import.pass", keying.pass().number(), texts.completeness(imported.completeness())));
        if (!imported.dispositions().isEmpty()) {
            out().println(text("import.dispositions", texts.dispositions(imported.dispositions())));
        }
        out().println(text("import.states", texts.states(Map.copyOf(imported.states()))));
        imported.notices().stream().limit(NOTICES_SHOWN).forEach(n -> out().println("  " + importFile.file() + ":"
                + n.line() + ": " + n.responseId() + ": " + texts.notice(n)));
        if (imported.notices().size() > NOTICES_SHOWN) {
            out().println(text("import.noticesMore", imported.notices().size() - NOTICES_SHOWN));
        }
        out().flush();
        return ExitCode.OK;
    }
}
