package se.coompanion.sesi.adapters.cli.needs;

import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import se.coompanion.sesi.adapters.cli.CliCommand;
import se.coompanion.sesi.adapters.cli.ExitCode;
import se.coompanion.sesi.adapters.cli.FormatOption;
import se.coompanion.sesi.application.needs.port.in.ListNeeds;
import se.coompanion.sesi.domain.needs.NeedTheme;
import se.coompanion.sesi.domain.needs.Priority;

/**
 * {@code sesi needs list [--theme T] [--priority P] [--format table|csv]}: every need of every municipality, side by
 * side, optionally of one theme or one priority.
 */
@Command(name = "list", resourceBundle = "se.coompanion.sesi.adapters.cli.needs.messages",
        mixinStandardHelpOptions = true, sortOptions = false)
public final class NeedsListCommand extends CliCommand {

    @Option(names = "--theme", paramLabel = "THEME", converter = NeedsConverters.ThemeConverter.class,
            descriptionKey = "list.theme")
    private NeedTheme theme;

    @Option(names = "--priority", paramLabel = "HIGH|MEDIUM|LOW", converter = NeedsConverters.PriorityConverter.class,
            descriptionKey = "list.priority")
    private Priority priority;

    @Mixin
    private FormatOption format;

    @Override
    public Integer call() {
        ListNeeds.Result result = sesi().needs().listNeeds().list(new ListNeeds.Query(Optional.ofNullable(theme),
                Optional.ofNullable(priority)));
        print(NeedsTables.list(result.rows(), context().locale()), format.format());
        return ExitCode.OK;
    }
}
