package archfixtures.documentsoutport.application.needs;

/** A service. */
public final class NeedsService {
    public int tally() {
        return 0;
    }
}
