package se.coompanion.sesi.adapters.cli.learning;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import se.coompanion.sesi.adapters.cli.CliCommand;
import se.coompanion.sesi.adapters.cli.ExitCode;
import se.coompanion.sesi.application.learning.port.in.AddModule;
import se.coompanion.sesi.application.learning.port.in.ChangeModule;

/**
 * {@code sesi learning module change MODULE}: changes a module of a version not yet piloted; an option left out keeps
 * the value, a repeated option given replaces the module's list.
 */
@Command(name = "change", resourceBundle = "se.coompanion.sesi.adapters.cli.learning.messages",
        mixinStandardHelpOptions = true, sortOptions = false)
public final class ModuleChangeCommand extends CliCommand {

    @Parameters(index = "0", paramLabel = "MODULE", descriptionKey = "module.module")
    private String module;

    @Mixin
    private ModuleFields fields;

    @Override
    public Integer call() {
        AddModule.Result result = sesi().learning().changeModule().change(new ChangeModule.Command(fields.version,
                module, fields.title, fields.objectives, fields.competences, fields.delivery, fields.hours,
                fields.adaptations));
        out().println(text("module.changed", result.module().key(), result.module().title(),
                result.programme().number()));
        return ExitCode.OK;
    }
}
