package se.coompanion.sesi.adapters.cli.implementation;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import se.coompanion.sesi.adapters.cli.CliCommand;
import se.coompanion.sesi.adapters.cli.ExitCode;
import se.coompanion.sesi.application.implementation.port.in.EditTargetGroups;

/** {@code sesi implementation group GROUP}: a target group's description and what it rests on. */
@Command(name = "group", resourceBundle = "se.coompanion.sesi.adapters.cli.implementation.messages",
        mixinStandardHelpOptions = true, sortOptions = false)
public final class GroupCommand extends CliCommand {

    @Parameters(index = "0", paramLabel = "ORGANISATIONS|INDIVIDUALS|MUNICIPALITIES", descriptionKey = "group.group")
    private String group;

    @Option(names = "--description", descriptionKey = "group.description")
    private String description;

    @Mixin
    private GroundsOptions grounds;

    @Override
    public Integer call() {
        out().println(text("group.changed",
                sesi().implementation().editTargetGroups().edit(new EditTargetGroups.Command(group,
                description, grounds.change())).changed()));
        return ExitCode.OK;
    }
}
