package se.coompanion.sesi.adapters.persistence;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.h2.jdbcx.JdbcDataSource;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.conf.RenderNameCase;
import org.jooq.conf.RenderQuotedNames;
import org.jooq.conf.Settings;
import org.jooq.impl.DSL;
import org.jooq.impl.DataSourceConnectionProvider;
import org.jooq.impl.DefaultConfiguration;
import org.jooq.impl.ThreadLocalTransactionProvider;
import org.postgresql.ds.PGSimpleDataSource;
import se.coompanion.sesi.adapters.persistence.actor.JooqActorPersonalData;
import se.coompanion.sesi.adapters.persistence.actor.JooqActors;
import se.coompanion.sesi.adapters.persistence.actor.JooqContacts;
import se.coompanion.sesi.adapters.persistence.competence.JooqCompetenceFrameworks;
import se.coompanion.sesi.adapters.persistence.competence.JooqCompetenceRatings;
import se.coompanion.sesi.adapters.persistence.implementation.JooqImplementationDrafts;
import se.coompanion.sesi.adapters.persistence.implementation.JooqImplementationPersonalData;
import se.coompanion.sesi.adapters.persistence.learning.JooqLearningEvaluations;
import se.coompanion.sesi.adapters.persistence.learning.JooqLearningPersonalData;
import se.coompanion.sesi.adapters.persistence.learning.JooqLearningProgrammes;
import se.coompanion.sesi.adapters.persistence.learning.JooqPilotRuns;
import se.coompanion.sesi.adapters.persistence.needs.JooqNeedsAssessments;
import se.coompanion.sesi.adapters.persistence.prestudy.JooqPreStudies;
import se.coompanion.sesi.adapters.persistence.scan.JooqFindings;
import se.coompanion.sesi.adapters.persistence.scan.JooqKnowledgeSources;
import se.coompanion.sesi.adapters.persistence.scan.JooqScanPersonalData;
import se.coompanion.sesi.adapters.persistence.seminar.JooqSeminarInvitations;
import se.coompanion.sesi.adapters.persistence.seminar.JooqSeminarMinutes;
import se.coompanion.sesi.adapters.persistence.seminar.JooqSeminarPersonalData;
import se.coompanion.sesi.adapters.persistence.seminar.JooqSeminars;
import se.coompanion.sesi.adapters.persistence.shared.JooqBackups;
import se.coompanion.sesi.adapters.persistence.shared.JooqDatabaseDetails;
import se.coompanion.sesi.adapters.persistence.shared.JooqImportLog;
import se.coompanion.sesi.adapters.persistence.stakeholder.JooqStakeholderAssessments;
import se.coompanion.sesi.adapters.persistence.stakeholder.JooqStakeholderPersonalData;
import se.coompanion.sesi.adapters.persistence.statistics.JooqMaterialProductions;
import se.coompanion.sesi.adapters.persistence.statistics.JooqStatisticalFigures;
import se.coompanion.sesi.adapters.persistence.survey.JooqContactWaves;
import se.coompanion.sesi.adapters.persistence.survey.JooqDispositionEvents;
import se.coompanion.sesi.adapters.persistence.survey.JooqKeyedForms;
import se.coompanion.sesi.adapters.persistence.survey.JooqQuestionnaires;
import se.coompanion.sesi.adapters.persistence.survey.JooqReturnedForms;
import se.coompanion.sesi.adapters.persistence.survey.JooqSamplingFrames;
import se.coompanion.sesi.adapters.persistence.synthesis.JooqRecommendations;
import se.coompanion.sesi.adapters.persistence.synthesis.JooqSynthesisPersonalData;
import se.coompanion.sesi.application.SesiPorts;
import se.coompanion.sesi.application.actor.port.out.Actors;
import se.coompanion.sesi.application.actor.port.out.Contacts;
import se.coompanion.sesi.application.competence.port.out.CompetenceFrameworks;
import se.coompanion.sesi.application.competence.port.out.CompetenceRatings;
import se.coompanion.sesi.application.implementation.port.out.ImplementationDrafts;
import se.coompanion.sesi.application.learning.port.out.LearningEvaluations;
import se.coompanion.sesi.application.learning.port.out.LearningProgrammes;
import se.coompanion.sesi.application.learning.port.out.PilotRuns;
import se.coompanion.sesi.application.needs.port.out.NeedsAssessments;
import se.coompanion.sesi.application.prestudy.port.out.PreStudies;
import se.coompanion.sesi.application.privacy.port.out.PersonalDataHolder;
import se.coompanion.sesi.application.scan.port.out.Findings;
import se.coompanion.sesi.application.scan.port.out.KnowledgeSources;
import se.coompanion.sesi.application.seminar.port.out.SeminarInvitations;
import se.coompanion.sesi.application.seminar.port.out.SeminarMinutes;
import se.coompanion.sesi.application.seminar.port.out.Seminars;
import se.coompanion.sesi.application.shared.ConflictException;
import se.coompanion.sesi.application.shared.InvalidInputException;
import se.coompanion.sesi.application.shared.port.out.Backups;
import se.coompanion.sesi.application.shared.port.out.DatabaseDetails;
import se.coompanion.sesi.application.shared.port.out.ImportLog;
import se.coompanion.sesi.application.shared.port.out.Transactions;
import se.coompanion.sesi.application.stakeholder.port.out.StakeholderAssessments;
import se.coompanion.sesi.application.statistics.port.out.MaterialProductions;
import se.coompanion.sesi.application.statistics.port.out.StatisticalFigures;
import se.coompanion.sesi.application.survey.port.out.ContactWaves;
import se.coompanion.sesi.application.survey.port.out.DispositionEvents;
import se.coompanion.sesi.application.survey.port.out.KeyedForms;
import se.coompanion.sesi.application.survey.port.out.Questionnaires;
import se.coompanion.sesi.application.survey.port.out.ReturnedForms;
import se.coompanion.sesi.application.survey.port.out.SamplingFrames;
import se.coompanion.sesi.application.synthesis.port.out.Recommendations;
import se.coompanion.sesi.domain.shared.Message;

/**
 * An open SESI database and the out-ports over it. {@link #open} creates an embedded H2 file on first use
 * (owner-only file permissions) and SESI's tables in an empty database; {@link #openExisting} opens only a database that
 * already has them. Both bring the schema of an earlier version up to date with Flyway, and make every commit durable:
 * when a use case returns, its data is on disk even if the process is killed the next moment.
 *
 * <pre>{@code
 * try (SesiDatabase db = SesiDatabase.open(DatabaseConfig.h2File(Path.of("sesi-data/sesi")))) {
 *     SesiApplication sesi = SesiApplication.create(db.ports(), validator, clock);
 * }
 * }</pre>
 *
 * Use one {@code SesiDatabase} per database in a process. Use cases may run on several threads: each
 * transaction takes its own connection.
 */
public final class SesiDatabase implements AutoCloseable {

    private final DatabaseConfig config;
    private final DataSource dataSource;
    private volatile Connection keeper;
    private final DSLContext dsl;
    private final Ports ports;
    private final Optional<FileGuard> guard;
    private final boolean restored;
    private final boolean readOnly;
    private boolean closed;

    private SesiDatabase(DatabaseConfig config, DataSource dataSource, Connection keeper, DSLContext dsl,
            Optional<FileGuard> guard, boolean restored, boolean readOnly) {
        this.config = config;
        this.dataSource = dataSource;
        this.keeper = keeper;
        this.dsl = dsl;
        this.guard = guard;
        this.restored = restored;
        this.readOnly = readOnly;
        // A read-only file is never written, so a bulk transaction needs no copy to undo it.
        Optional<JooqTransactions.Journaled> journaled = readOnly ? Optional.empty()
                : config.h2File().flatMap(file -> guard.map(g ->
                        new JooqTransactions.Journaled(dataSource, new RollbackJournal(file), g.writers())));
        Transactions transactions = new JooqTransactions(dsl, this::makeDurable, journaled, this::compact,
                readOnly ? config.h2File().map(SesiDatabase::fileOf) : Optional.empty());
        this.ports = new Ports(transactions, new JooqDatabaseDetails(dsl, config), new JooqImportLog(dsl),
                new JooqBackups(dataSource, dsl, () -> Migrations.applied(dataSource), config::ownsFile),
                new JooqPreStudies(dsl),
                new JooqStatisticalFigures(dsl), new JooqMaterialProductions(dsl),
                new JooqQuestionnaires(dsl), new JooqSamplingFrames(dsl),
                new JooqContactWaves(dsl), new JooqDispositionEvents(dsl),
                new JooqActors(dsl), new JooqContacts(dsl),
                List.of(new JooqActorPersonalData(dsl), new JooqScanPersonalData(dsl),
                        new JooqStakeholderPersonalData(dsl), new JooqSeminarPersonalData(dsl),
                        new JooqLearningPersonalData(dsl), new JooqSynthesisPersonalData(dsl),
                        new JooqImplementationPersonalData(dsl)),
                new JooqKnowledgeSources(dsl), new JooqFindings(dsl), new JooqStakeholderAssessments(dsl),
                new JooqNeedsAssessments(dsl),
                new JooqCompetenceFrameworks(dsl), new JooqCompetenceRatings(dsl),
                new JooqKeyedForms(dsl), new JooqReturnedForms(dsl),
                new JooqSeminars(dsl), new JooqSeminarInvitations(dsl), new JooqSeminarMinutes(dsl),
                new JooqLearningProgrammes(dsl), new JooqPilotRuns(dsl), new JooqLearningEvaluations(dsl),
                new JooqRecommendations(dsl), new JooqImplementationDrafts(dsl));
    }

    /**
     * Opens the database, and creates it on first use: the embedded file (and its directory), or SESI's tables in an
     * empty database on a server. A database of an earlier version is brought up to date.
     *
     * @throws ConflictException     when another process holds the embedded database
     * @throws InvalidInputException when the database cannot be opened as configured (bad path, URL or
     *                               credentials, unreachable server)
     */
    public static SesiDatabase open(DatabaseConfig config) {
        return open(config, true);
    }

    /**
     * Opens a SESI database that exists, and creates nothing: no directory, no file (not even the lock file beside
     * it), no tables. A database of an earlier version of SESI is still brought up to date: that changes a SESI
     * database, it does not make one. For every use that is not meant to start a database (a mistyped path or URL
     * must not leave a new, empty database behind).
     *
     * @throws MissingDatabaseException when there is no embedded file at the path, or the database has no SESI tables
     *                                  (no Flyway history: empty, or another program's)
     * @throws ConflictException        when another process holds the embedded database
     * @throws InvalidInputException    when the database cannot be opened as configured
     */
    public static SesiDatabase openExisting(DatabaseConfig config) {
        return open(config, false);
    }

    private static SesiDatabase open(DatabaseConfig config, boolean create) {
        Objects.requireNonNull(config, "config");
        System.setProperty("org.jooq.no-logo", "true");
        System.setProperty("org.jooq.no-tips", "true");
        if (!create) {
            // Before anything is made or locked: a missing file leaves nothing behind.
            config.h2File().ifPresent(SesiDatabase::requireFile);
        }
        config.h2File().ifPresent(SesiDatabase::prepareDirectory);
        Optional<FileGuard> guard = config.h2File().map(file -> claim(config, file));
        Connection keeper = null;
        try {
            // This process may change the file from now on: a summary of it would soon be out of date.
            config.h2File().ifPresent(DatabaseSummary::delete);
            boolean readOnly = config.h2File().map(SesiDatabase::readOnly).orElse(false);
            boolean restored = config.h2File().map(file -> recover(file, readOnly)).orElse(false);
            DataSource dataSource = dataSource(config, readOnly, create);
            keeper = dataSource.getConnection();
            if (!create && !Migrations.hasHistory(keeper)) {
                throw MissingDatabaseException.noSchema(where(config));
            }
            if (config.vendor() == DatabaseConfig.Vendor.H2 && !readOnly) {
                settings(keeper);
            }
            migrate(config, dataSource, readOnly);
            if (!readOnly) {
                config.h2File().ifPresent(SesiDatabase::restrictFiles);
            }
            SQLDialect dialect = config.vendor() == DatabaseConfig.Vendor.POSTGRESQL ? SQLDialect.POSTGRES
                    : SQLDialect.H2;
            Settings settings = new Settings()
                    .withRenderQuotedNames(RenderQuotedNames.EXPLICIT_DEFAULT_UNQUOTED)
                    .withRenderNameCase(RenderNameCase.LOWER)
                    .withExecuteLogging(false)
                    .withRenderSchema(false);
            DSLContext dsl = DSL.using(new DefaultConfiguration()
                    .set(dialect)
                    .set(settings)
                    .set(new ThreadLocalTransactionProvider(new DataSourceConnectionProvider(dataSource))));
            return new SesiDatabase(config, dataSource, keeper, dsl, guard, restored, readOnly);
        } catch (SQLException | RuntimeException e) {
            closeQuietly(keeper);
            guard.ifPresent(FileGuard::release);
            throw openFailure(config, e);
        }
    }

    /**
     * True when opening put the embedded file back to its state before a bulk transaction (an import) that a killed
     * process had left unfinished: that import is not in the database and can simply be run again.
     */
    public boolean restoredAfterInterruption() {
        return restored;
    }

    /**
     * Deletes an embedded database that no process uses, to start afresh (the demo): the file, H2's trace and lock
     * files, and a rollback copy a killed process may have left (it would otherwise be put back on the next open).
     *
     * @param base the H2 file path without {@code .mv.db}
     */
    public static void deleteEmbedded(Path base) throws IOException {
        for (String suffix : new String[] {".mv.db", ".trace.db", ".lock.db"}) {
            Files.deleteIfExists(Path.of(base + suffix));
        }
        RollbackJournal.deleteAll(base);
        DatabaseSummary.delete(base);
    }

    /** The out-ports over this database, for {@code SesiApplication.create}. */
    public SesiPorts ports() {
        return ports;
    }

    public DatabaseConfig config() {
        return config;
    }

    /** jOOQ access for tools beside the use cases (benchmarks, tests). */
    public DSLContext dsl() {
        return dsl;
    }

    /** Closes the database; a second call does nothing. */
    @Override
    public void close() {
        if (markClosed()) {
            closeQuietly(keeper);
            guard.ifPresent(FileGuard::release);
        }
    }

    /**
     * Closes the database and leaves {@code summary} beside an embedded file as its {@link DatabaseSummary}, valid
     * until the file changes. Only the last {@code SesiDatabase} of this process on the file writes it (after H2 has
     * closed the file, before the lock is given up); for a database on a server there is nothing to write. The
     * summary is a shortcut: if it cannot be written, it is left out, and the database is closed in any case.
     */
    public void closeWithSummary(byte[] summary) {
        Objects.requireNonNull(summary, "summary");
        if (!markClosed()) {
            return;
        }
        closeQuietly(keeper);
        guard.ifPresent(g -> g.release(() -> config.h2File().ifPresent(file -> {
            try {
                DatabaseSummary.write(file, summary);
            } catch (IOException | UncheckedIOException e) {
                // Nothing to undo: open deleted the old summary, and a half-written one is never read.
            }
        })));
    }

    /** True for the first close only. */
    private synchronized boolean markClosed() {
        if (closed) {
            return false;
        }
        closed = true;
        return true;
    }

    /** The settings of every connection that keeps the embedded database open. */
    private static void settings(Connection keeper) throws SQLException {
        try (var statement = keeper.createStatement()) {
            // Commits reach the file at once, so that a killed process keeps what it reported done.
            statement.execute("SET WRITE_DELAY 0");
            // An import waits for another one to finish writing (the import lock), not just one second.
            statement.execute("SET DEFAULT_LOCK_TIMEOUT 600000");
        }
    }

    /** Brings the schema up to date; a read-only file that needs it cannot be used by this version. */
    private static void migrate(DatabaseConfig config, DataSource dataSource, boolean readOnly) {
        try {
            Migrations.migrate(dataSource);
        } catch (RuntimeException e) {
            if (readOnly) {
                throw new ConflictException(Message.of(SesiDatabase.class, "db.readOnlyUpgrade",
                        fileOf(config.h2File().orElseThrow())), e);
            }
            throw e;
        }
    }

    /**
     * Whether the person made the embedded file read-only: its permissions let no one write it, or this process may
     * not. The permissions decide, not the process's right alone: root could write any file.
     */
    private static boolean readOnly(Path base) {
        Path file = fileOf(base);
        if (!Files.exists(file)) {
            return false;
        }
        if (!Files.isWritable(file)) {
            return true;
        }
        if (!posix()) {
            return false;
        }
        try {
            Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(file);
            return !permissions.contains(PosixFilePermission.OWNER_WRITE)
                    && !permissions.contains(PosixFilePermission.GROUP_WRITE)
                    && !permissions.contains(PosixFilePermission.OTHERS_WRITE);
        } catch (IOException e) {
            return false;
        }
    }

    /** The database file of a base path: {@code NAME.mv.db}. */
    static Path fileOf(Path base) {
        return Path.of(base + ".mv.db");
    }

    /**
     * Rewrites the embedded file without the pages of earlier versions of the data (H2's {@code SHUTDOWN COMPACT}
     * writes a new file of the live data only), then opens it again: after an erasure, the person is gone from the
     * file's bytes, not only from what it shows. No other transaction of this process runs meanwhile. Nothing to do
     * for a database on a server, or a read-only file.
     */
    private void compact() {
        if (config.h2File().isEmpty() || readOnly || guard.isEmpty()) {
            return;
        }
        var writers = guard.get().writers().writeLock();
        writers.lock();
        try {
            try (Connection connection = dataSource.getConnection(); var statement = connection.createStatement()) {
                statement.execute("SHUTDOWN COMPACT");
            }
            closeQuietly(keeper);
            Connection reopened = dataSource.getConnection();
            settings(reopened);
            keeper = reopened;
            restrictFiles(config.h2File().get());
        } catch (SQLException e) {
            throw DatabaseErrors.translate(new org.jooq.exception.DataAccessException("compacting the file failed", e));
        } finally {
            writers.unlock();
        }
    }

    private void makeDurable() {
        // With WRITE_DELAY 0, H2 writes each commit to the file before the commit returns. PostgreSQL is durable
        // on commit (synchronous_commit). Nothing more to do; the crash tests check this promise.
    }

    private static DataSource dataSource(DatabaseConfig config, boolean readOnly, boolean create) {
        switch (config.vendor()) {
            case H2 -> {
                JdbcDataSource h2 = new JdbcDataSource();
                String url = config.jdbcUrl();
                // A read-only file is opened so: H2 then writes nothing to it, whoever runs the process.
                if (readOnly) {
                    url = url.concat(";ACCESS_MODE_DATA=r");
                }
                // H2 itself refuses to make a file that is not there (should it vanish after requireFile looked).
                if (!create && config.h2File().isPresent()) {
                    url = url.concat(";IFEXISTS=TRUE");
                }
                h2.setURL(url);
                h2.setUser(config.user().isEmpty() ? "sa" : config.user());
                h2.setPassword(config.password());
                return h2;
            }
            case POSTGRESQL -> {
                PGSimpleDataSource pg = new PGSimpleDataSource();
                pg.setURL(config.jdbcUrl());
                if (!config.user().isEmpty()) {
                    pg.setUser(config.user());
                }
                if (!config.password().isEmpty()) {
                    pg.setPassword(config.password());
                }
                pg.setApplicationName("sesi");
                return pg;
            }
            default -> throw InvalidInputException.of(Message.of(SesiDatabase.class, "db.vendor",
                    config.shownUrl()));
        }
    }

    /**
     * The embedded file must be there. A path that is a directory, or whose directory is a file, is reported as such
     * (a mistake in the path rather than a database not made yet).
     */
    private static void requireFile(Path file) {
        if (Files.isDirectory(file)) {
            throw InvalidInputException.of(Message.of(SesiDatabase.class, "db.isDirectory", file));
        }
        Path directory = file.getParent();
        if (directory != null && Files.exists(directory) && !Files.isDirectory(directory)) {
            throw InvalidInputException.of(Message.of(SesiDatabase.class, "db.parentNotDirectory", directory));
        }
        if (!Files.exists(fileOf(file))) {
            throw MissingDatabaseException.noFile(fileOf(file).toString());
        }
    }

    /** Where a database is, for people: the embedded file, or the URL without a password. */
    private static String where(DatabaseConfig config) {
        return config.h2File().map(file -> fileOf(file).toString()).orElse(config.shownUrl());
    }

    private static void prepareDirectory(Path file) {
        Path directory = file.getParent();
        if (Files.isDirectory(file)) {
            throw InvalidInputException.of(Message.of(SesiDatabase.class, "db.isDirectory", file));
        }
        if (directory == null) {
            return;
        }
        if (Files.exists(directory) && !Files.isDirectory(directory)) {
            throw InvalidInputException.of(Message.of(SesiDatabase.class, "db.parentNotDirectory", directory));
        }
        if (!Files.exists(directory)) {
            try {
                if (posix()) {
                    Files.createDirectories(directory,
                            PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
                } else {
                    Files.createDirectories(directory);
                }
            } catch (IOException e) {
                throw InvalidInputException.of(Message.of(SesiDatabase.class, "db.cannotCreateDirectory", directory,
                        e.getClass().getSimpleName() + ": " + e.getMessage()));
            }
        }
        if (!Files.isWritable(directory)) {
            throw InvalidInputException.of(Message.of(SesiDatabase.class, "db.directoryNotWritable", directory));
        }
    }

    private static FileGuard claim(DatabaseConfig config, Path file) {
        try {
            return FileGuard.claim(file).orElseThrow(() -> new ConflictException(
                    Message.of(SesiDatabase.class, "db.inUse", file)));
        } catch (UncheckedIOException e) {
            throw openFailure(config, e);
        }
    }

    private static boolean recover(Path file, boolean readOnly) {
        RollbackJournal journal = new RollbackJournal(file);
        if (readOnly) {
            if (journal.exists()) {
                throw new ConflictException(Message.of(SesiDatabase.class, "db.readOnlyInterrupted", fileOf(file),
                        journal.journal()));
            }
            return false;
        }
        try {
            return journal.recover();
        } catch (RollbackJournal.StaleCopy e) {
            throw new ConflictException(Message.of(SesiDatabase.class, "db.staleRollback", e.database, e.copy,
                    e.lastAlive.truncatedTo(ChronoUnit.SECONDS), e.changed.truncatedTo(ChronoUnit.SECONDS)), e);
        } catch (UncheckedIOException e) {
            throw InvalidInputException.of(Message.of(SesiDatabase.class, "db.cannotRecover", file,
                    e.getCause().getMessage()));
        }
    }

    /** The embedded database holds personal data: only its owner may read it. */
    private static void restrictFiles(Path file) {
        if (!posix()) {
            return;
        }
        for (String suffix : new String[] {".mv.db", ".trace.db"}) {
            Path path = Path.of(file + suffix);
            try {
                if (Files.exists(path)) {
                    Files.setPosixFilePermissions(path, PosixFilePermissions.fromString("rw-------"));
                }
            } catch (IOException e) {
                throw InvalidInputException.of(Message.of(SesiDatabase.class, "db.cannotRestrict", path,
                        e.getMessage()));
            }
        }
    }

    /** Whether the file system has POSIX permissions (owner-only files). */
    static boolean posix() {
        return FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    }

    private static RuntimeException openFailure(DatabaseConfig config, Exception e) {
        if (e instanceof InvalidInputException || e instanceof ConflictException
                || e instanceof MissingDatabaseException) {
            return (RuntimeException) e;
        }
        Optional<SQLException> sql = DatabaseErrors.sqlException(e);
        String where = config.h2File().map(Path::toString).orElse(config.shownUrl());
        if (sql.isPresent() && sql.get().getErrorCode() == DatabaseErrors.H2_DATABASE_ALREADY_OPEN) {
            return new ConflictException(Message.of(SesiDatabase.class, "db.inUse", where), e);
        }
        if (sql.isPresent() && sql.get().getErrorCode() == DatabaseErrors.H2_NOT_FOUND_WITH_IF_EXISTS) {
            return MissingDatabaseException.noFile(where(config));
        }
        String reason = sql.map(s -> firstLine(s.getMessage())).orElse(firstLine(String.valueOf(e.getMessage())));
        if (e instanceof FlywayException) {
            return new ConflictException(Message.of(SesiDatabase.class, "db.migration", where, reason), e);
        }
        InvalidInputException invalid = InvalidInputException.of(Message.of(SesiDatabase.class, "db.cannotOpen",
                where, reason));
        invalid.initCause(e);
        return invalid;
    }

    private static String firstLine(String text) {
        return text == null ? "" : text.lines().findFirst().orElse("").replaceAll("\\s*\\[[0-9-]+\\]$", "");
    }

    private static void closeQuietly(Connection connection) {
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException ignored) {
                // closing after a failure: the first failure is the one to report
            }
        }
    }

    private record Ports(Transactions transactions, DatabaseDetails databaseDetails, ImportLog importLog,
            Backups backups, PreStudies preStudies,
            StatisticalFigures statisticalFigures, MaterialProductions materialProductions,
            Questionnaires questionnaires, SamplingFrames samplingFrames,
            ContactWaves contactWaves, DispositionEvents dispositionEvents,
            Actors actors, Contacts contacts, List<PersonalDataHolder> personalDataHolders,
            KnowledgeSources knowledgeSources, Findings findings, StakeholderAssessments stakeholderAssessments,
            NeedsAssessments needsAssessments,
            CompetenceFrameworks competenceFrameworks, CompetenceRatings competenceRatings,
            KeyedForms keyedForms, ReturnedForms returnedForms,
            Seminars seminars, SeminarInvitations seminarInvitations, SeminarMinutes seminarMinutes,
            LearningProgrammes learningProgrammes, PilotRuns pilotRuns, LearningEvaluations learningEvaluations,
            Recommendations recommendations, ImplementationDrafts implementationDrafts) implements SesiPorts {
    }
}
