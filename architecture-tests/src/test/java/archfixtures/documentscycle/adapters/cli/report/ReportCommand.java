package archfixtures.documentscycle.adapters.cli.report;

/** Only here so that every part this fixture's rule speaks of holds a class (a command). */
public final class ReportCommand {
}
