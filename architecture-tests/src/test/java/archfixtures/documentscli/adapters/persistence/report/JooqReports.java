package archfixtures.documentscli.adapters.persistence.report;

/** Only here so that every part this fixture's rule speaks of holds a class (a persistence adapter). */
public final class JooqReports {
}
