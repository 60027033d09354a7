package se.coompanion.sesi.adapters.cli.learning;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code sesi learning module}: the modules of a version. */
@Command(name = "module", resourceBundle = "se.coompanion.sesi.adapters.cli.learning.messages",
        mixinStandardHelpOptions = true,
        subcommands = {ModuleAddCommand.class, ModuleChangeCommand.class, ModuleRemoveCommand.class,
            ModuleListCommand.class})
public final class ModuleCommand implements Runnable {

    @Spec
    private CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
