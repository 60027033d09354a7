package se.coompanion.sesi.adapters.cli.bootstrap;

import java.io.PrintWriter;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.LogManager;
import java.util.logging.Logger;
import picocli.CommandLine;
import se.coompanion.sesi.adapters.cli.CliCommand;
import se.coompanion.sesi.adapters.cli.ExitCode;
import se.coompanion.sesi.adapters.cli.Language;
import se.coompanion.sesi.adapters.cli.SesiCommand;
import se.coompanion.sesi.adapters.cli.actor.ActorCommand;
import se.coompanion.sesi.adapters.cli.actor.ContactCommand;
import se.coompanion.sesi.adapters.cli.competence.CompetenceCommand;
import se.coompanion.sesi.adapters.cli.demo.DemoCommand;
import se.coompanion.sesi.adapters.cli.implementation.ImplementationCommand;
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
 * A run of {@code sesi} through picocli: the language, the command tree for the command named, the database session,
 * the error report. {@link Main} hands every run here that {@link QuickStatus} does not answer; keeping picocli's
 * types out of {@code Main} means that such an answer loads none of picocli's classes.
 */
final class CommandRun {

    /** Keeps the JUL root logger configured (JUL holds loggers weakly); set when a run configures it. */
    private static Logger rootLogger;

    private CommandRun() {
    }

    /** Runs {@code sesi} with the arguments through picocli and returns the exit code. */
    static int run(String[] args, Map<String, String> environment, PrintWriter out, PrintWriter err,
            boolean terminal, Clock clock) {
        Locale before = Locale.getDefault();
        boolean debug = List.of(args).contains("--debug");
        quietLibraries(debug);
        Locale locale = Main.language(args, environment).locale();
        Locale.setDefault(locale);
        SesiCommand root = new SesiCommand();
        try (CliSession session = new CliSession(root, locale, environment, out, err, terminal, clock)) {
            root.attach(session);
            CommandLine commandLine = commands(root, args);
            commandLine.setOut(out);
            commandLine.setErr(err);
            commandLine.setExecutionExceptionHandler(new ErrorReport(locale, debug));
            commandLine.setParameterExceptionHandler(new UsageErrors(locale, debug));
            commandLine.setExecutionStrategy(CommandRun::execute);
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
        commandLine.addSubcommand(new ImplementationCommand());
        commandLine.addSubcommand(new ReportCommand());
        commandLine.addSubcommand(new DemoCommand());
        commandLine.addSubcommand(new CompletionCommand());
        commandLine.addSubcommand(new CommandLine.HelpCommand());
        return commandLine.built();
    }

    /**
     * Runs the command the arguments name, after any help they ask for. A group ({@code sesi survey}) without one of its
     * commands is a usage error, reported in a few lines like every other (the whole help is {@code --help}); only
     * {@code sesi} alone prints the whole help, as the first thing a new user types.
     */
    private static int execute(CommandLine.ParseResult parseResult) {
        Integer help = CommandLine.executeHelpRequest(parseResult);
        if (help != null) {
            return help;
        }
        CommandLine.ParseResult last = parseResult;
        while (last.hasSubcommand()) {
            last = last.subcommand();
        }
        CommandLine.Model.CommandSpec spec = last.commandSpec();
        if (spec.parent() != null && !spec.subcommands().isEmpty() && !(spec.userObject() instanceof CliCommand)) {
            throw new UsageErrors.MissingSubcommand(spec.commandLine());
        }
        return new CommandLine.RunLast().execute(parseResult);
    }

    /** Libraries (Flyway, Hibernate Validator) log through java.util.logging; only --debug shows their INFO. */
    private static void quietLibraries(boolean debug) {
        LogManager.getLogManager().reset();
        rootLogger = Logger.getLogger("");
        rootLogger.setLevel(debug ? Level.INFO : Level.SEVERE);
        java.util.logging.ConsoleHandler handler = new java.util.logging.ConsoleHandler();
        handler.setLevel(debug ? Level.INFO : Level.SEVERE);
        rootLogger.addHandler(handler);
    }
}
