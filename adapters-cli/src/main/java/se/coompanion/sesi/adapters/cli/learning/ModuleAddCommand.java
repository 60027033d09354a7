package se.coompanion.sesi.adapters.cli.learning;

import java.util.List;
import java.util.Objects;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import se.coompanion.sesi.adapters.cli.CliCommand;
import se.coompanion.sesi.adapters.cli.ExitCode;
import se.coompanion.sesi.application.learning.port.in.AddModule;

/** {@code sesi learning module add}: a module in a version not yet piloted (the latest by default). */
@Command(name = "add", resourceBundle = "se.coompanion.sesi.adapters.cli.learning.messages",
        mixinStandardHelpOptions = true, sortOptions = false)
public final class ModuleAddCommand extends CliCommand {

    @Option(names = "--key", paramLabel = "KEY", descriptionKey = "module.key")
    private String key;

    @Mixin
    private ModuleFields fields;

    @Override
    public Integer call() {
        AddModule.Result result = sesi().learning().addModule().add(new AddModule.Command(fields.version, key,
                fields.title, Objects.requireNonNullElse(fields.objectives, List.of()),
                Objects.requireNonNullElse(fields.competences, List.of()), fields.delivery, fields.hours,
                Objects.requireNonNullElse(fields.adaptations, List.of())));
        out().println(text("module.added", result.module().key(), result.module().title(), result.programme().number(),
                result.module().objectives().size(), result.module().competences().size()));
        return ExitCode.OK;
    }
}
