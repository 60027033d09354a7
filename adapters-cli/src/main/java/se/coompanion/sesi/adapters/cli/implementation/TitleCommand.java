package se.coompanion.sesi.adapters.cli.implementation;

import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import se.coompanion.sesi.adapters.cli.CliCommand;
import se.coompanion.sesi.adapters.cli.ExitCode;
import se.coompanion.sesi.application.implementation.port.in.RenameImplementationProject;

/** {@code sesi implementation title TITLE}: the implementation project's working title. */
@Command(name = "title", resourceBundle = "se.coompanion.sesi.adapters.cli.implementation.messages",
        mixinStandardHelpOptions = true)
public final class TitleCommand extends CliCommand {

    @Parameters(index = "0", paramLabel = "TITLE", descriptionKey = "title.title")
    private String title;

    @Override
    public Integer call() {
        out().println(text("title.done", sesi().implementation().renameImplementationProject().rename(
                new RenameImplementationProject.Command(title)).changed()));
        return ExitCode.OK;
    }
}
