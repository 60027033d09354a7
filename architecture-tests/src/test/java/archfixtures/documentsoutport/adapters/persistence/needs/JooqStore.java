package archfixtures.documentsoutport.adapters.persistence.needs;

/** Only here so that every part this fixture's rule speaks of holds a class (a persistence adapter). */
public final class JooqStore {
}
