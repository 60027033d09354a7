package se.coompanion.sesi.adapters.cli.bootstrap;

import java.io.PrintWriter;
import java.util.Locale;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;
import se.coompanion.sesi.adapters.cli.ExitCode;
import se.coompanion.sesi.application.shared.ConflictException;
import se.coompanion.sesi.application.shared.InvalidInputException;
import se.coompanion.sesi.application.shared.NotFoundException;
import se.coompanion.sesi.application.shared.Problem;
import se.coompanion.sesi.domain.shared.DomainException;
import se.coompanion.sesi.domain.shared.Message;

/**
 * Turns what a command throws into one clear message per problem on stderr and the exit code of cli.md:
 * 2 invalid input, 3 not found, 4 conflict, 1 anything else (a bug: then the stack trace is shown with
 * {@code --debug}).
 */
final class ErrorReport implements IExecutionExceptionHandler {

    private final Locale locale;
    private final boolean debug;

    ErrorReport(Locale locale, boolean debug) {
        this.locale = locale;
        this.debug = debug;
    }

    @Override
    public int handleExecutionException(Exception e, CommandLine commandLine, ParseResult parseResult) {
        return report(e, commandLine.getErr());
    }

    int report(Throwable e, PrintWriter err) {
        int code;
        if (e instanceof InvalidInputException invalid) {
            for (Problem problem : invalid.problems()) {
                err.println(problem.format(locale));
            }
            if (invalid.omitted() > 0) {
                err.println(Message.of(InvalidInputException.class, "problems.omitted", invalid.omitted())
                        .format(locale));
            }
            code = ExitCode.INVALID_INPUT;
        } else if (e instanceof DomainException domain) {
            err.println(domain.getMessage(locale));
            code = ExitCode.INVALID_INPUT;
        } else if (e instanceof NotFoundException notFound) {
            err.println(notFound.getMessage(locale));
            code = ExitCode.NOT_FOUND;
        } else if (e instanceof ConflictException conflict) {
            err.println(conflict.getMessage(locale));
            code = ExitCode.CONFLICT;
        } else {
            err.println(Message.of(ErrorReport.class, "error.internal", e.getClass().getName(),
                    String.valueOf(e.getMessage())).format(locale));
            if (!debug) {
                err.println(Message.of(ErrorReport.class, "error.debugHint").format(locale));
            }
            code = ExitCode.INTERNAL_ERROR;
        }
        if (debug) {
            e.printStackTrace(err);
        }
        err.flush();
        return code;
    }
}
