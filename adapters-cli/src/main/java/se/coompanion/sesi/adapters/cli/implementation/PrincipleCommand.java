package se.coompanion.sesi.adapters.cli.implementation;

import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import se.coompanion.sesi.adapters.cli.CliCommand;
import se.coompanion.sesi.adapters.cli.ExitCode;
import se.coompanion.sesi.application.implementation.port.in.EditPrinciples;
import se.coompanion.sesi.domain.implementation.HorizontalPrinciple;

/** {@code sesi implementation principle PRINCIPLE}: how the project works with it and which activities answer it. */
@Command(name = "principle", resourceBundle = "se.coompanion.sesi.adapters.cli.implementation.messages",
        mixinStandardHelpOptions = true, sortOptions = false)
public final class PrincipleCommand extends CliCommand {

    @Parameters(index = "0", paramLabel = "GENDER_EQUALITY|NON_DISCRIMINATION|ACCESSIBILITY",
            descriptionKey = "principle.principle")
    private String principle;

    @Option(names = "--approach", descriptionKey = "principle.approach")
    private String approach;

    @Option(names = "--add-activity", paramLabel = "ACTIVITY", descriptionKey = "principle.addActivity")
    private List<String> add = new ArrayList<>();

    @Option(names = "--remove-activity", paramLabel = "ACTIVITY", descriptionKey = "principle.removeActivity")
    private List<String> remove = new ArrayList<>();

    @Override
    public Integer call() {
        String changed = sesi().implementation().editPrinciples().edit(new EditPrinciples.Command(principle, approach,
                add, remove))
                .changed();
        out().println(text("principle.changed", text(HorizontalPrinciple.valueOf(changed).title())));
        return ExitCode.OK;
    }
}
