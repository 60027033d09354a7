package archfixtures.cycle.domain.beta;

import archfixtures.cycle.domain.alpha.Alpha;

/** Violation: beta and alpha need each other. */
public record Beta(Alpha alpha) {
}
