package se.coompanion.sesi.adapters.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import se.coompanion.sesi.application.SesiApplication;

/**
 * What a command gets from the composition root: the application over the chosen database (opened on first
 * use, so that commands that need no database start fast), the language, the environment and the streams.
 */
public interface CommandContext {

    /** The use cases over the database of {@code --db} / {@code SESI_DB} / the default; opened on first call. */
    SesiApplication application();

    /**
     * The use cases over a new, empty embedded database of the demo in {@code directory}: a previous demo
     * database there is removed first. Never the user's own database.
     */
    SesiApplication freshDemoApplication(Path directory);

    /**
     * The use cases over a new, empty database in memory, for work on a copy (a backup without personal data); it is
     * gone when the run ends. Never the user's own database.
     */
    SesiApplication scratchApplication();

    /** Where the database of {@link #application()} is, for people (never with a password). */
    String databaseLocation();

    Locale locale();

    Map<String, String> environment();

    PrintWriter out();

    PrintWriter err();

    /** True when progress messages may be shown (stderr is a terminal). */
    boolean showProgress();

    /**
     * Keeps a {@code sesi status} answer ({@code StatusSummary}) beside the embedded database that this run opened,
     * when the run closes it: the next {@code sesi status} on the unchanged database prints it without opening the
     * database. Ignored for a database on a server and when the run opened more than one database.
     */
    void keepStatusSummary(byte[] summary);
}
