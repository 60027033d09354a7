package archfixtures.applicationjooq.domain.shared;

/** Only here so that the domain this rule speaks of is not empty. */
public final class Amount {
}
