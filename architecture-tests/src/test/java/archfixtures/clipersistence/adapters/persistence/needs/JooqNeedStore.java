package archfixtures.clipersistence.adapters.persistence.needs;

/** A persistence class. */
public final class JooqNeedStore {
    public void store(String text) {
        // stored
    }
}
