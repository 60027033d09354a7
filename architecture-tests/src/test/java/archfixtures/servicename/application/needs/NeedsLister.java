package archfixtures.servicename.application.needs;

import archfixtures.servicename.application.needs.port.in.ListNeeds;
import java.util.List;

/** Violation: implements a use case but is not named as a service. */
public final class NeedsLister implements ListNeeds {
    @Override
    public List<String> list() {
        return List.of();
    }
}
