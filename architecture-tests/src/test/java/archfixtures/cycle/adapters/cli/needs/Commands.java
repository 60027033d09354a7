package archfixtures.cycle.adapters.cli.needs;

/** Only here so that every layer whose areas this rule checks holds a class. */
public final class Commands {
}
