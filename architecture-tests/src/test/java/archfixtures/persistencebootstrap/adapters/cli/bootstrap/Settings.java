package archfixtures.persistencebootstrap.adapters.cli.bootstrap;

/** The composition root's settings. */
public record Settings(String database) {
}
