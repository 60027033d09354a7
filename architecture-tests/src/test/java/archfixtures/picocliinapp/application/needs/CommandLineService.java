package archfixtures.picocliinapp.application.needs;

import picocli.CommandLine;

/** Violation: picocli outside the command-line adapter. */
public final class CommandLineService {
    public CommandLine commandLine(Object command) {
        return new CommandLine(command);
    }
}
