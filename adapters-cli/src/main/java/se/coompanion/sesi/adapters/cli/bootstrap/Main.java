package se.coompanion.sesi.adapters.cli.bootstrap;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.LogManager;
import java.util.logging.Logger;
import picocli.CommandLine;
import se.coompanion.sesi.adapters.cli.Language;
import se.coompanion.sesi.adapters.cli.SesiCommand;
import se.coompanion.sesi.adapters.cli.actor.ActorCommand;
import se.coompanion.sesi.adapters.cli.actor.ContactCommand;
import se.coompanion.sesi.adapters.cli.competence.CompetenceCommand;
import se.coompanion.sesi.adapters.cli.demo.DemoCommand;
import se.coompanion.sesi.adapters.cli.learning.LearningCommand;
import se.coompanion.sesi.adapters.cli.needs.NeedsCommand;
import se.coompanion.sesi.adapters.cli.prestudy.InitCommand;
import se.coompanion.sesi.adapters.cli.prestudy.ProjectCommand;
import se.coompanion.sesi.adapters.cli.prestudy.StatusCommand;
import se.coompanion.sesi.adapters.cli.privacy.PrivacyCommand;
import se.coompanion.sesi.adapters.cli.report.ReportCommand;
import se.coompanion.sesi.adapters.cli.scan.ScanCommand;
import se.coompanion.sesi.adapters.cli.seminar.SeminarCommand;
import se.coompanion.sesi.adapters.cli.shared.DbCommand;
import se.coompanion.sesi.adapters.cli.stakeholder.StakeholderCommand;
import se.coompanion.sesi.adapters.cli.statistics.MaterialCommand;
import se.coompanion.sesi.adapters.cli.statistics.StatsCommand;
import se.coompanion.sesi.adapters.cli.survey.SurveyCommand;
import se.coompanion.sesi.adapters.cli.synthesis.SynthesisCommand;

/**
 * The composition root of the {@code sesi} command: the only code that knows both the command line and the
 * persistence adapter. It picks the language first (so that help is in it), builds the command tree, runs
 * it, and closes the database.
 */
public final class Main {

    /** Keeps the JUL root logger configured (JUL holds loggers weakly). */
    private static final Logger ROOT_LOGGER = Logger.getLogger("");

    private Main() {
    }

    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(System.out, false, StandardCharsets.UTF_8);
        PrintWriter err = new PrintWriter(System.err, false, StandardCharsets.UTF_8);
        int code = run(args, System.getenv(), out, err, System.console() != null, Clock.systemDefaultZone());
        out.flush();
        err.flush();
        System.exit(code);
    }

    /**
     * Runs {@code sesi} with the arguments and returns the exit code.
     *
     * @param terminal true when progress may be shown on stderr
     */
    public static int run(String[] args, Map<String, String> environment, PrintWriter out, PrintWriter err,
            boolean terminal, Clock clock) {
        Locale before = Locale.getDefault();
        boolean debug = List.of(args).contains("--debug");
        quietLibraries(debug);
        Locale locale = language(args, environment).locale();
        Locale.setDefault(locale);
        SesiCommand root = new SesiCommand();
        try (CliSession session = new CliSession(root, locale, environment, out, err, terminal, clock)) {
            root.attach(session);
            CommandLine commandLine = commands(root, args);
            commandLine.setOut(out);
            commandLine.setErr(err);
            ErrorReport errors = new ErrorReport(locale, debug);
            commandLine.setExecutionExceptionHandler(errors);
            try {
                return commandLine.execute(args);
            } finally {
                out.flush();
                err.flush();
            }
        } catch (RuntimeException e) {
            return new ErrorReport(locale, debug).report(e, err);
        } finally {
            Locale.setDefault(before);
        }
    }

    /** The command tree: the main command and one subcommand (group) per area; built for the one that args name. */
    static CommandLine commands(SesiCommand root, String[] args) {
        CommandTree commandLine = CommandTree.of(root, args);
        commandLine.addSubcommand(new InitCommand());
        commandLine.addSubcommand(new StatusCommand());
        commandLine.addSubcommand(new ProjectCommand());
        commandLine.addSubcommand(new ActorCommand());
        commandLine.addSubcommand(new ContactCommand());
        commandLine.addSubcommand(new PrivacyCommand());
        commandLine.addSubcommand(new ScanCommand());
        commandLine.addSubcommand(new StakeholderCommand());
        commandLine.addSubcommand(new SurveyCommand());
        commandLine.addSubcommand(new SeminarCommand());
        commandLine.addSubcommand(new LearningCommand());
        commandLine.addSubcommand(new DbCommand());
        commandLine.addSubcommand(new NeedsCommand());
        commandLine.addSubcommand(new CompetenceCommand());
        commandLine.addSubcommand(new StatsCommand());
        commandLine.addSubcommand(new MaterialCommand());
        commandLine.addSubcommand(new SynthesisCommand());
        commandLine.addSubcommand(new ReportCommand());
        commandLine.addSubcommand(new DemoCommand());
        commandLine.addSubcommand(new CommandLine.HelpCommand());
        return commandLine.built();
    }

    /**
     * The language before parsing, so that even {@code --help} speaks it: {@code --lang}, else {@code SESI_LANG},
     * else Swedish. A value that is not a language is left for the parser to report.
     */
    static Language language(String[] args, Map<String, String> environment) {
        String chosen = environment.get("SESI_LANG");
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--lang") && i + 1 < args.length) {
                chosen = args[i + 1];
            } else if (args[i].startsWith("--lang=")) {
                chosen = args[i].substring("--lang=".length());
            }
        }
        try {
            return chosen == null ? Language.SV : Language.parse(chosen);
        } catch (IllegalArgumentException e) {
            return Language.SV;
        }
    }

    /** Libraries (Flyway, Hibernate Validator) log through java.util.logging; only --debug shows their INFO. */
    private static void quietLibraries(boolean debug) {
        LogManager.getLogManager().reset();
        ROOT_LOGGER.setLevel(debug ? Level.INFO : Level.SEVERE);
        java.util.logging.ConsoleHandler handler = new java.util.logging.ConsoleHandler();
        handler.setLevel(debug ? Level.INFO : Level.SEVERE);
        ROOT_LOGGER.addHandler(handler);
    }
}
