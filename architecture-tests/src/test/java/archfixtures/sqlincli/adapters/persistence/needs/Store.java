package archfixtures.sqlincli.adapters.persistence.needs;

/** Only here so that the persistence adapter this rule speaks of is not empty. */
public final class Store {
}
