package archfixtures.jsonincli.adapters.documents.implementation;

/** Only here so that every part this fixture's rule speaks of holds a class (a document). */
public final class DraftExport {
}
