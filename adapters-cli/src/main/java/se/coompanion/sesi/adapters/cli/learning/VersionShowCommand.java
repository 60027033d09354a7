package se.coompanion.sesi.adapters.cli.learning;

import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import se.coompanion.sesi.adapters.cli.CliCommand;
import se.coompanion.sesi.adapters.cli.ExitCode;
import se.coompanion.sesi.adapters.cli.FormatOption;
import se.coompanion.sesi.adapters.documents.render.OutputFormat;
import se.coompanion.sesi.application.learning.port.in.ShowProgrammeVersion;
import se.coompanion.sesi.domain.learning.ProgrammeVersion;

/**
 * {@code sesi learning version show [VERSION]}: a version's modules compared with the previous version's (carried
 * over, changed, new, removed); people also see what changed and why, and its pilot runs.
 */
@Command(name = "show", resourceBundle = "se.coompanion.sesi.adapters.cli.learning.messages",
        mixinStandardHelpOptions = true)
public final class VersionShowCommand extends CliCommand {

    @Parameters(index = "0", arity = "0..1", paramLabel = "VERSION", descriptionKey = "version.number")
    private Integer version;

    @Mixin
    private FormatOption format;

    @Override
    public Integer call() {
        ShowProgrammeVersion.Result shown = sesi().learning().showProgrammeVersion().show(Optional.ofNullable(version));
        if (format.format() == OutputFormat.TABLE) {
            ProgrammeVersion v = shown.programme().version();
            out().println(text("version.heading", v.number(), v.title(), v.createdOn(),
                    shown.programme().hours().stripTrailingZeros().toPlainString()));
            v.changes().ifPresent(c -> out().println(text("version.shownChanges", c)));
            v.reason().ifPresent(r -> out().println(text("version.shownReason", r)));
            out().println(text("version.shownPilots", shown.pilots().size()));
            out().println();
        }
        print(LearningTables.changes(shown.changes()), format.format());
        return ExitCode.OK;
    }
}
