package archfixtures.documentspicocli.adapters.cli.report;

/** Only here so that every part this fixture's rules speak of holds a class (a command). */
public final class ReportCommand {
}
