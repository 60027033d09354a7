package se.coompanion.sesi.adapters.cli;

/** The exit codes of cli.md. */
public final class ExitCode {

    public static final int OK = 0;
    public static final int INTERNAL_ERROR = 1;
    public static final int INVALID_INPUT = 2;
    public static final int NOT_FOUND = 3;
    public static final int CONFLICT = 4;

    private ExitCode() {
    }
}
