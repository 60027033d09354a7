package archfixtures.documentsdatabase.adapters.cli.needs;

/** Only here so that every part this fixture's rule speaks of holds a class (a command). */
public final class NeedsCommand {
}
