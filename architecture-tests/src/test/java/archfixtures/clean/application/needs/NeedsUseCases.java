package archfixtures.clean.application.needs;

import archfixtures.clean.application.NeedsPorts;
import archfixtures.clean.application.needs.port.in.RecordNeed;

/** An area's use cases, built by the area from the out-ports. */
public final class NeedsUseCases {
    private final RecordNeed recordNeed;

    private NeedsUseCases(RecordNeed recordNeed) {
        this.recordNeed = recordNeed;
    }

    public static NeedsUseCases create(NeedsPorts ports) {
        return new NeedsUseCases(new NeedsService(ports.needs()));
    }

    public RecordNeed recordNeed() {
        return recordNeed;
    }
}
