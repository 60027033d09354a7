package archfixtures.printing.application.needs;

/** Only here so that the application this rule speaks of is not empty. */
public final class Quiet {
}
