package archfixtures.usecaselist.application.needs;

import archfixtures.usecaselist.application.needs.port.in.RecordNeed;

/** A service. */
public final class NeedsService implements RecordNeed {
    @Override
    public void record(String text) {
        text.strip();
    }
}
