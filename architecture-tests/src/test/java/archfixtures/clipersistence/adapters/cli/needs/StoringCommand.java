package archfixtures.clipersistence.adapters.cli.needs;

import archfixtures.clipersistence.adapters.persistence.needs.JooqNeedStore;

/** Violation: a command outside the composition root reaches into the persistence adapter. */
public final class StoringCommand {
    public void run(JooqNeedStore store) {
        store.store("x");
    }
}
