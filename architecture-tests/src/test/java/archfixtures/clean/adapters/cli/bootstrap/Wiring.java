package archfixtures.clean.adapters.cli.bootstrap;

import archfixtures.clean.adapters.cli.needs.NeedsCommand;
import archfixtures.clean.adapters.persistence.needs.JooqNeeds;
import archfixtures.clean.application.NeedsPorts;
import archfixtures.clean.application.needs.NeedsService;

/** The composition root may know both adapters and the out-ports. */
public final class Wiring {

    public NeedsCommand wire(JooqNeeds needs, NeedsPorts ports) {
        NeedsCommand command = new NeedsCommand();
        new NeedsService(needs);
        new NeedsService(ports.needs());
        return command;
    }
}
