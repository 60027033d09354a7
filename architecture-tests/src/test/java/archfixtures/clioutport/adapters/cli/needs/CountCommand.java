package archfixtures.clioutport.adapters.cli.needs;

import archfixtures.clioutport.application.needs.port.out.Needs;

/** Violation: a command (outside the composition root) reads an out-port instead of calling a use case. */
public final class CountCommand {
    public int count(Needs needs) {
        return needs.count();
    }
}
