package archfixtures.documentsoutport.adapters.documents.needs;

import archfixtures.documentsoutport.application.needs.NeedsService;
import archfixtures.documentsoutport.application.needs.port.out.Needs;

/** Violation: a document reads an out-port and calls a service instead of a use case. */
public final class RepositoryDocument {
    public int count(Needs needs, NeedsService service) {
        return needs.count() + service.tally();
    }
}
