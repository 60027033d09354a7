package archfixtures.picocliinapp.adapters.cli.needs;

/** Only here so that the command-line adapter this rule speaks of is not empty. */
public final class Commands {
}
