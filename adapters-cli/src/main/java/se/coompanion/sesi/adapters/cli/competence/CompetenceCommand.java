package se.coompanion.sesi.adapters.cli.competence;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code sesi competence}: the competence mapping in the social enterprises. */
@Command(name = "competence", resourceBundle = "se.coompanion.sesi.adapters.cli.competence.messages",
        mixinStandardHelpOptions = true, subcommands = {CompetenceFrameworkCommand.class,
                CompetenceImportCommand.class, CompetenceRankingCommand.class, CompetenceMatrixCommand.class})
public final class CompetenceCommand implements Runnable {

    @Spec
    private CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
