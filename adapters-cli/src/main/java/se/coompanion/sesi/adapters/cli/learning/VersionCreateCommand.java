package se.coompanion.sesi.adapters.cli.learning;

import java.time.LocalDate;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import se.coompanion.sesi.adapters.cli.CliCommand;
import se.coompanion.sesi.adapters.cli.ExitCode;
import se.coompanion.sesi.application.learning.port.in.CreateProgrammeVersion;

/** {@code sesi learning version create}: the next version, its modules carried over from the latest. */
@Command(name = "create", resourceBundle = "se.coompanion.sesi.adapters.cli.learning.messages",
        mixinStandardHelpOptions = true, sortOptions = false)
public final class VersionCreateCommand extends CliCommand {

    @Option(names = "--title", descriptionKey = "version.title")
    private String title;

    @Option(names = "--changes", descriptionKey = "version.changes")
    private String changes;

    @Option(names = "--reason", descriptionKey = "version.reason")
    private String reason;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD", descriptionKey = "version.date")
    private LocalDate date;

    @Override
    public Integer call() {
        CreateProgrammeVersion.Result result = sesi().learning().createProgrammeVersion().create(
                new CreateProgrammeVersion.Command(title, changes, reason, date));
        out().println(text("version.done", result.programme().number(), result.programme().version().title(),
                result.programme().version().createdOn(), result.carried()));
        return ExitCode.OK;
    }
}
