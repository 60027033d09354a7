package se.coompanion.sesi.adapters.cli.bootstrap;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import se.coompanion.sesi.adapters.cli.CommandContext;
import se.coompanion.sesi.adapters.documents.OutputGuard;
import se.coompanion.sesi.adapters.cli.SesiCommand;
import se.coompanion.sesi.adapters.persistence.DatabaseConfig;
import se.coompanion.sesi.adapters.persistence.SesiDatabase;
import se.coompanion.sesi.application.SesiApplication;
import se.coompanion.sesi.application.shared.InvalidInputException;
import se.coompanion.sesi.domain.shared.Message;

/**
 * One run of {@code sesi}: wires the application to the database on first use and closes what it opened.
 * The database comes from {@code --db}, else {@code SESI_DB}, else {@code ./sesi-data/sesi}; credentials from
 * {@code SESI_DB_USER} / {@code SESI_DB_PASSWORD}, never from arguments.
 */
final class CliSession implements CommandContext, AutoCloseable {

    private final SesiCommand root;
    private final Locale locale;
    private final Map<String, String> environment;
    private final PrintWriter out;
    private final PrintWriter err;
    private final boolean terminal;
    private final Clock clock;
    private final LazyValidator validator = new LazyValidator();
    private final List<SesiDatabase> opened = new ArrayList<>();
    private final OutputGuard.Protection protection;
    private SesiApplication application;
    private byte[] statusSummary;

    CliSession(SesiCommand root, Locale locale, Map<String, String> environment, PrintWriter out, PrintWriter err,
            boolean terminal, Clock clock) {
        this.root = root;
        this.locale = locale;
        this.environment = Map.copyOf(environment);
        this.out = out;
        this.err = err;
        this.terminal = terminal;
        this.clock = clock;
        // From the start of the run, before any command reads or writes: no writer may replace a file of the
        // database it uses (the one of --db, and any this run opens).
        this.protection = OutputGuard.protect(this::ownsFile);
    }

    /** Whether a path names a file of the database of this run, or of one it opened. */
    private boolean ownsFile(Path candidate) {
        for (SesiDatabase database : opened) {
            if (database.config().ownsFile(candidate)) {
                return true;
            }
        }
        try {
            return config().ownsFile(candidate);
        } catch (RuntimeException e) {
            // a --db that is refused opens nothing: there is no file of it to protect
            return false;
        }
    }

    @Override
    public SesiApplication application() {
        if (application == null) {
            application = open(config());
        }
        return application;
    }

    @Override
    public SesiApplication freshDemoApplication(Path databaseFile) {
        Path directory = databaseFile.getParent();
        try {
            if (directory != null && Files.exists(directory) && !Files.isDirectory(directory)) {
                throw InvalidInputException.of(Message.of(CliSession.class, "demo.notDirectory", directory));
            }
            SesiDatabase.deleteEmbedded(databaseFile);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return open(DatabaseConfig.h2File(databaseFile));
    }

    @Override
    public SesiApplication scratchApplication() {
        return open(DatabaseConfig.jdbcUrl("jdbc:h2:mem:sesi-scratch-" + UUID.randomUUID(), "sa", ""));
    }

    @Override
    public String databaseLocation() {
        DatabaseConfig config = config();
        return config.h2File().map(p -> p + ".mv.db").orElse(config.shownUrl());
    }

    @Override
    public Locale locale() {
        return locale;
    }

    @Override
    public Map<String, String> environment() {
        return environment;
    }

    @Override
    public PrintWriter out() {
        return out;
    }

    @Override
    public PrintWriter err() {
        return err;
    }

    @Override
    public boolean showProgress() {
        return terminal;
    }

    /** The database configuration of this run (cli.md, "Global"). */
    DatabaseConfig config() {
        String value = root.database() != null ? root.database() : environment.get("SESI_DB");
        if (value != null && value.isBlank()) {
            throw InvalidInputException.of(Message.of(CliSession.class, "db.blank"));
        }
        return DatabaseConfig.parse(value, environment.getOrDefault("SESI_DB_USER", ""),
                environment.getOrDefault("SESI_DB_PASSWORD", ""));
    }

    private SesiApplication open(DatabaseConfig config) {
        SesiDatabase database = SesiDatabase.open(config);
        opened.add(database);
        if (database.restoredAfterInterruption()) {
            err.println(Message.of(CliSession.class, "db.restoredAfterInterruption",
                    config.h2File().map(Object::toString).orElse(config.shownUrl())).format(locale));
            err.flush();
        }
        return SesiApplication.create(database.ports(), validator, clock);
    }

    @Override
    public void keepStatusSummary(byte[] summary) {
        statusSummary = summary.clone();
    }

    @Override
    public void close() {
        try {
            boolean summarise = statusSummary != null && opened.size() == 1;
            for (SesiDatabase database : opened) {
                if (summarise) {
                    database.closeWithSummary(statusSummary);
                } else {
                    database.close();
                }
            }
            opened.clear();
        } finally {
            protection.close();
        }
    }
}
