package archfixtures.usecaselist.application;

import archfixtures.usecaselist.application.needs.NeedsService;
import archfixtures.usecaselist.application.needs.port.in.RecordNeed;

/** Violation: the composition lists a use case itself (and builds its service) instead of asking its area. */
public final class NeedsApplication {
    private final RecordNeed recordNeed = new NeedsService();

    public RecordNeed recordNeed() {
        return recordNeed;
    }
}
