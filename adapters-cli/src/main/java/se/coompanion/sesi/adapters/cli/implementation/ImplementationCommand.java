package se.coompanion.sesi.adapters.cli.implementation;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code sesi implementation}:
 * the implementation project's draft, made from the synthesis and checked against the evidence.
 */
@Command(name = "implementation", resourceBundle = "se.coompanion.sesi.adapters.cli.implementation.messages",
        mixinStandardHelpOptions = true, subcommands = {
            DraftCommand.class, TitleCommand.class, ShowCommand.class, CheckCommand.class, AimCommand.class,
            GroupCommand.class, ActivityCommand.class, ResultCommand.class, PartnerCommand.class, RiskCommand.class,
            PrincipleCommand.class, DocumentCommand.class})
public final class ImplementationCommand implements Runnable {

    @Spec
    private CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
