package archfixtures.documentsdatabase.adapters.documents.needs;

import archfixtures.documentsdatabase.adapters.persistence.needs.JooqNeeds;

/** Violation: a document reads the database instead of asking a use case. */
public final class CountingDocument {
    public int count(JooqNeeds needs) {
        return needs.count();
    }
}
