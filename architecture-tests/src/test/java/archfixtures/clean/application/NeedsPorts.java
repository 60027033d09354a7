package archfixtures.clean.application;

import archfixtures.clean.application.needs.port.out.Needs;

/** The out-ports for the wiring, as SesiPorts hands them out: only the composition root takes them. */
public interface NeedsPorts {
    Needs needs();
}
