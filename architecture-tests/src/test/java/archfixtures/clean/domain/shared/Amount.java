package archfixtures.clean.domain.shared;

import com.google.common.base.Preconditions;

/** A value object that follows the rules. */
public record Amount(long value) {
    public Amount {
        Preconditions.checkArgument(value >= 0);
    }
}
