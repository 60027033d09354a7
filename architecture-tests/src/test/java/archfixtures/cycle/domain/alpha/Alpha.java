package archfixtures.cycle.domain.alpha;

import archfixtures.cycle.domain.beta.Beta;

/** Violation: alpha and beta need each other. */
public record Alpha(Beta beta) {
}
