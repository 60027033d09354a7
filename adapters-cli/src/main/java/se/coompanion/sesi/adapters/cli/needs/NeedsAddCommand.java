package se.coompanion.sesi.adapters.cli.needs;

import java.util.Set;
import java.util.TreeSet;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import se.coompanion.sesi.adapters.cli.ExitCode;
import se.coompanion.sesi.application.needs.port.in.RecordNeed;
import se.coompanion.sesi.application.needs.port.in.Recorded;
import se.coompanion.sesi.domain.needs.NeedTheme;
import se.coompanion.sesi.domain.needs.Priority;
import se.coompanion.sesi.domain.needs.TargetGroup;
import se.coompanion.sesi.domain.shared.Municipality;

/**
 * {@code sesi needs add MUNICIPALITY --theme T --priority P --description D [--target-groups G|G]
 * [--existing-support T] [--evidence T]}: a need a municipality raised.
 */
@Command(name = "add", resourceBundle = "se.coompanion.sesi.adapters.cli.needs.messages",
        mixinStandardHelpOptions = true, sortOptions = false)
public final class NeedsAddCommand extends NeedsCliCommand {

    @Parameters(index = "0", paramLabel = "MUNICIPALITY", converter = NeedsConverters.MunicipalityConverter.class,
            descriptionKey = "needs.municipality")
    private Municipality municipality;

    @Option(names = "--theme", required = true, paramLabel = "THEME", converter = NeedsConverters.ThemeConverter.class,
            descriptionKey = "add.theme")
    private NeedTheme theme;

    @Option(names = "--priority", required = true, paramLabel = "HIGH|MEDIUM|LOW",
            converter = NeedsConverters.PriorityConverter.class, descriptionKey = "add.priority")
    private Priority priority;

    @Option(names = "--description", required = true, paramLabel = "TEXT", descriptionKey = "add.description")
    private String description;

    @Option(names = "--target-groups", paramLabel = "GROUP|GROUP", converter = NeedsConverters.TargetGroupsConverter.class,
            descriptionKey = "add.targetGroups")
    private Set<TargetGroup> targetGroups = new TreeSet<>();

    @Option(names = "--existing-support", paramLabel = "TEXT", descriptionKey = "add.existingSupport")
    private String existingSupport;

    @Option(names = "--evidence", paramLabel = "TEXT", descriptionKey = "add.evidence")
    private String evidence;

    @Override
    public Integer call() {
        Recorded recorded = sesi().needs().recordNeed().record(new RecordNeed.Command(municipality, theme, priority,
                targetGroups, description, existingSupport, evidence));
        notePlanned(recorded);
        out().println(text("add.done", municipality, text(theme.title()), text(priority.title())));
        noteOutside(municipality);
        return ExitCode.OK;
    }
}
