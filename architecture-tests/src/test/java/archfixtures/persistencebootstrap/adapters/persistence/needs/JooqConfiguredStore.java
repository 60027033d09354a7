package archfixtures.persistencebootstrap.adapters.persistence.needs;

import archfixtures.persistencebootstrap.adapters.cli.bootstrap.Settings;

/** Violation: the persistence adapter reaches into the composition root, which is part of the CLI adapter. */
public record JooqConfiguredStore(Settings settings) {
}
