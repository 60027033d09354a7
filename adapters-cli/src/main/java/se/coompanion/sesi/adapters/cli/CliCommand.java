package se.coompanion.sesi.adapters.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import se.coompanion.sesi.adapters.documents.PictureFormat;
import se.coompanion.sesi.adapters.documents.SesiDocuments;
import se.coompanion.sesi.adapters.documents.render.CsvTable;
import se.coompanion.sesi.adapters.documents.render.PlainTable;
import se.coompanion.sesi.adapters.documents.render.Table;
import se.coompanion.sesi.application.SesiApplication;
import se.coompanion.sesi.application.shared.InvalidInputException;
import se.coompanion.sesi.application.shared.Problem;
import se.coompanion.sesi.domain.shared.Message;
import se.coompanion.sesi.adapters.documents.render.OutputFormat;

/**
 * Base of every {@code sesi} subcommand that does work: access to the context, the output streams, texts in
 * the user's language (from the {@code messages} bundle beside the command's class) and table printing.
 * A subcommand returns an {@link ExitCode}; errors are thrown and reported by the composition root.
 */
public abstract class CliCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    protected CommandContext context() {
        return ((SesiCommand) spec.root().userObject()).context();
    }

    /** The use cases; opens the database on first call (never makes one: "not found" when it is not there). */
    protected SesiApplication sesi() {
        return context().application();
    }

    /** The use cases over the database, made when it is not there: for the commands that start one. */
    protected SesiApplication sesiCreatingDatabase() {
        return context().applicationCreatingDatabase();
    }

    /** The documents over {@link #sesi()}, with the command line's hints; opens the database on first call. */
    protected SesiDocuments documents() {
        return SesiDocuments.over(sesi()).withHints(CommandHints.SESI);
    }

    /**
     * The form a picture's file asks for by its extension (.html, .htm or .svg); another is invalid input of --out.
     *
     * @param file    the file of --out
     * @param refused the message for another extension
     */
    protected static PictureFormat pictureFormat(Path file, Message refused) {
        return PictureFormat.ofFileName(file.toString()).orElseThrow(() -> InvalidInputException.of(
                Problem.ofField("--out", file.toString(), refused)));
    }

    protected PrintWriter out() {
        return spec.commandLine().getOut();
    }

    protected PrintWriter err() {
        return spec.commandLine().getErr();
    }

    protected CommandSpec spec() {
        return spec;
    }

    /** A text from the bundle of this command's package, in the user's language. */
    protected String text(String key, Object... args) {
        return Message.of(getClass(), key, args).format(context().locale());
    }

    protected String text(Message message) {
        return message.format(context().locale());
    }

    /** A code the user types with its word in the user's language: see {@link #coded(Enum, Message, Locale)}. */
    protected String coded(Enum<?> code, Message word) {
        return coded(code, word, context().locale());
    }

    /**
     * A code the user types with its word in a language, "UNKNOWN_UNDELIVERABLE (obeställbar)"; the code alone where
     * the word only repeats it ("COMPLETE", not "COMPLETE (complete)").
     */
    public static String coded(Enum<?> code, Message word, Locale locale) {
        String text = word.format(locale);
        return text.equalsIgnoreCase(code.name().replace('_', ' ')) ? code.name() : code.name() + " (" + text + ")";
    }

    /** Prints a listing as an aligned table or as CSV. */
    protected void print(Table table, OutputFormat format) {
        if (format == OutputFormat.CSV) {
            CsvTable.print(table, out());
        } else {
            PlainTable.print(table, context().locale(), out());
        }
        out().flush();
    }

    /** A progress line on stderr, only when stderr is a terminal. */
    protected void progress(String line) {
        if (context().showProgress()) {
            err().println(line);
            err().flush();
        }
    }
}
