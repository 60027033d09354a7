package archfixtures.documentsoutport.adapters.documents.needs;

import archfixtures.documentsoutport.application.NeedsPorts;

/** Violation: a document takes the bundle of out-ports, through which it could read any store. */
public final class PortsDocument {
    public String describe(NeedsPorts ports) {
        return ports.toString();
    }
}
