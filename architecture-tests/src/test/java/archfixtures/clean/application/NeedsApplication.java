package archfixtures.clean.application;

import archfixtures.clean.application.needs.NeedsUseCases;

/** The composition of the areas: it hands out each area's use cases and names none of them itself. */
public final class NeedsApplication {
    private final NeedsUseCases needs;

    public NeedsApplication(NeedsPorts ports) {
        this.needs = NeedsUseCases.create(ports);
    }

    public NeedsUseCases needs() {
        return needs;
    }
}
