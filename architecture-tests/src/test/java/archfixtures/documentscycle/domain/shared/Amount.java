package archfixtures.documentscycle.domain.shared;

/** Only here so that every part this fixture's rule speaks of holds a class (the domain). */
public final class Amount {
}
