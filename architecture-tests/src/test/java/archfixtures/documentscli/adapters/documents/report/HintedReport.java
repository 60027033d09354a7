package archfixtures.documentscli.adapters.documents.report;

import archfixtures.documentscli.adapters.cli.report.ReportCommand;

/** Violation: a document knows the command line (it must take hints instead). */
public final class HintedReport {
    public String hint(ReportCommand command) {
        return "run " + command.name();
    }
}
