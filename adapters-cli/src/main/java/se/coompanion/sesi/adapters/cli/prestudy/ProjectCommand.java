package se.coompanion.sesi.adapters.cli.prestudy;

import picocli.CommandLine.Command;

/** {@code sesi project}: the project's facts and its plan. */
@Command(name = "project", resourceBundle = "se.coompanion.sesi.adapters.cli.prestudy.messages",
        mixinStandardHelpOptions = true,
        subcommands = {ProjectShowCommand.class, ProjectTargetCommand.class})
public final class ProjectCommand implements Runnable {

    @picocli.CommandLine.Spec
    private picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
