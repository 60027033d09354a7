package archfixtures.clean.application.needs;

import archfixtures.clean.application.needs.port.in.RecordNeed;
import archfixtures.clean.application.needs.port.out.Needs;

/** A service. */
public final class NeedsService implements RecordNeed {
    private final Needs needs;

    public NeedsService(Needs needs) {
        this.needs = needs;
    }

    @Override
    public void record(String text) {
        needs.add(text);
    }
}
