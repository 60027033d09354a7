package archfixtures.pdfincli.adapters.documents.report;

/** Only here so that every part this fixture's rule speaks of holds a class (a document). */
public final class ReportDocument {
}
