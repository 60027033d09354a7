package archfixtures.documentscycle.application.report;

/** Only here so that every part this fixture's rule speaks of holds a class (the application). */
public final class ReportService {
}
