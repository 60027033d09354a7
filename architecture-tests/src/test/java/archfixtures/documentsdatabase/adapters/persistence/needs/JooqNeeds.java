package archfixtures.documentsdatabase.adapters.persistence.needs;

/** A persistence adapter. */
public final class JooqNeeds {
    public int count() {
        return 0;
    }
}
