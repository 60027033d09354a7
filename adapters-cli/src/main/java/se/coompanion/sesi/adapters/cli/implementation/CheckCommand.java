package se.coompanion.sesi.adapters.cli.implementation;

import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import se.coompanion.sesi.adapters.cli.CliCommand;
import se.coompanion.sesi.adapters.cli.ExitCode;
import se.coompanion.sesi.adapters.cli.FormatOption;
import se.coompanion.sesi.adapters.documents.render.OutputFormat;
import se.coompanion.sesi.domain.implementation.Gap;

/**
 * {@code sesi implementation check [--strict]}: what the draft is missing against the evidence; exit 0 with the
 * list, or 4 with {@code --strict} when anything is missing.
 */
@Command(name = "check", resourceBundle = "se.coompanion.sesi.adapters.cli.implementation.messages",
        mixinStandardHelpOptions = true)
public final class CheckCommand extends CliCommand {

    @Option(names = "--strict", descriptionKey = "check.strict")
    private boolean strict;

    @Mixin
    private FormatOption format;

    @Override
    public Integer call() {
        List<Gap> gaps = sesi().implementation().checkImplementationDraft().check().gaps();
        if (format.format() == OutputFormat.CSV) {
            print(DraftTables.gaps(gaps, context().locale()), OutputFormat.CSV);
        } else {
            people(gaps);
        }
        if (strict && !gaps.isEmpty()) {
            err().println(text("check.strictFailed", gaps.size()));
            err().flush();
            return ExitCode.CONFLICT;
        }
        return ExitCode.OK;
    }

    private void people(List<Gap> gaps) {
        GapList.print(gaps, context().locale(), out(), true);
        if (!gaps.isEmpty()) {
            out().println(text("check.summary", gaps.size()));
        }
        out().flush();
    }
}
