package archfixtures.clean.adapters.cli.needs;

import archfixtures.clean.adapters.documents.needs.NeedsDocument;
import archfixtures.clean.application.needs.port.in.RecordNeed;
import picocli.CommandLine.Command;

/** A command; it may print a document. */
@Command(name = "needs")
public final class NeedsCommand implements Runnable {
    RecordNeed recordNeed;

    @Override
    public void run() {
        recordNeed.record("x");
        new NeedsDocument();
    }
}
