package se.coompanion.sesi.adapters.cli.implementation;

import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import se.coompanion.sesi.adapters.cli.CliCommand;
import se.coompanion.sesi.adapters.cli.ExitCode;
import se.coompanion.sesi.application.implementation.port.in.EditAims;

/** {@code sesi implementation aim add}: an aim resting on recommendations and evidence. */
@Command(name = "add", resourceBundle = "se.coompanion.sesi.adapters.cli.implementation.messages",
        mixinStandardHelpOptions = true, sortOptions = false)
public final class AimAddCommand extends CliCommand {

    @Option(names = "--text", required = true, descriptionKey = "aim.text")
    private String aimText;

    @Option(names = "--recommendation", paramLabel = "N", descriptionKey = "option.recommendation")
    private List<Integer> recommendations = new ArrayList<>();

    @Option(names = "--evidence", paramLabel = "KIND:WHAT", descriptionKey = "option.evidence")
    private List<String> evidence = new ArrayList<>();

    @Override
    public Integer call() {
        out().println(text("aim.added", sesi().implementation().editAims().edit(new EditAims.Add(aimText,
                recommendations, evidence))
                .changed()));
        return ExitCode.OK;
    }
}
