package archfixtures.clean.adapters.cli.needs;

import archfixtures.clean.application.needs.port.in.RecordNeed;
import picocli.CommandLine.Command;

/** A command. */
@Command(name = "needs")
public final class NeedsCommand implements Runnable {
    RecordNeed recordNeed;

    @Override
    public void run() {
        recordNeed.record("x");
    }
}
