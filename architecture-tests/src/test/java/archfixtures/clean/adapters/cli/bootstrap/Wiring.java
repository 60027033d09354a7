package archfixtures.clean.adapters.cli.bootstrap;

import archfixtures.clean.adapters.cli.needs.NeedsCommand;
import archfixtures.clean.adapters.persistence.needs.JooqNeeds;
import archfixtures.clean.application.needs.NeedsService;

/** The composition root may know both adapters. */
public final class Wiring {
    public NeedsCommand wire(JooqNeeds needs) {
        NeedsCommand command = new NeedsCommand();
        new NeedsService(needs);
        return command;
    }
}
