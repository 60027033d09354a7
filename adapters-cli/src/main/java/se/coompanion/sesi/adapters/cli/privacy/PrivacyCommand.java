package se.coompanion.sesi.adapters.cli.privacy;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code sesi privacy}: the rights of access and erasure (GDPR) for contact persons. */
@Command(name = "privacy", resourceBundle = "se.coompanion.sesi.adapters.cli.privacy.messages",
        mixinStandardHelpOptions = true, subcommands = {PrivacyExportCommand.class, PrivacyEraseCommand.class})
public final class PrivacyCommand implements Runnable {

    @Spec
    private CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
