package se.coompanion.sesi.adapters.cli.learning;

import java.util.Locale;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import se.coompanion.sesi.adapters.cli.CliCommand;
import se.coompanion.sesi.adapters.cli.ExitCode;
import se.coompanion.sesi.application.learning.port.in.RemoveModule;
import se.coompanion.sesi.domain.learning.Programme;

/** {@code sesi learning module remove MODULE}: removes a module from a version not yet piloted. */
@Command(name = "remove", resourceBundle = "se.coompanion.sesi.adapters.cli.learning.messages",
        mixinStandardHelpOptions = true, sortOptions = false)
public final class ModuleRemoveCommand extends CliCommand {

    @Parameters(index = "0", paramLabel = "MODULE", descriptionKey = "module.module")
    private String module;

    @Option(names = "--programme-version", paramLabel = "N", descriptionKey = "module.version")
    private Integer version;

    @Override
    public Integer call() {
        Programme programme = sesi().learning().removeModule().remove(new RemoveModule.Command(version, module));
        out().println(text("module.removed", module.strip().toUpperCase(Locale.ROOT), programme.number(),
                programme.modules().size()));
        return ExitCode.OK;
    }
}
