package archfixtures.documentspicocli.adapters.documents.report;

import picocli.CommandLine;

/** Violation: a document needs the command line's library. */
public final class CommandLineReport {
    public String usage(CommandLine commandLine) {
        return commandLine.getUsageMessage();
    }
}
