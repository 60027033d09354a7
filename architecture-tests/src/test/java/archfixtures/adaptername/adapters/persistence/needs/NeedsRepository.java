package archfixtures.adaptername.adapters.persistence.needs;

import archfixtures.adaptername.application.needs.port.out.Needs;

/** Violation: an adapter of an out-port not named Jooq<Port>. */
public final class NeedsRepository implements Needs {
    @Override
    public void add(String text) {
        // stored
    }
}
