package archfixtures.vague.application.needs;

/** Violation: a name that says nothing. */
public final class NeedsManager {
}
