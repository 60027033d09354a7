package archfixtures.documentscli.adapters.cli.report;

/** A command. */
public final class ReportCommand {
    public String name() {
        return "report";
    }
}
