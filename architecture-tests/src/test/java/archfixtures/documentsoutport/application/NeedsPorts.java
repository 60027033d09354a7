package archfixtures.documentsoutport.application;

import archfixtures.documentsoutport.application.needs.port.out.Needs;

/** The out-ports for the wiring, as SesiPorts hands them out. */
public interface NeedsPorts {
    Needs needs();
}
