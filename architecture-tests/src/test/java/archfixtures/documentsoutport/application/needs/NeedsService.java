package archfixtures.documentsoutport.application.needs;

import archfixtures.documentsoutport.application.needs.port.in.TallyNeeds;

/** A service. */
public final class NeedsService implements TallyNeeds {

    @Override
    public int tally() {
        return 0;
    }
}
