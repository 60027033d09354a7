package se.coompanion.sesi.adapters.cli.shared;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import se.coompanion.sesi.adapters.cli.CliCommand;
import se.coompanion.sesi.adapters.cli.ExitCode;
import se.coompanion.sesi.adapters.documents.OutputGuard;
import se.coompanion.sesi.application.SesiApplication;
import se.coompanion.sesi.application.actor.port.in.ListContacts;
import se.coompanion.sesi.application.shared.BackupSummary;
import se.coompanion.sesi.application.shared.InvalidInputException;
import se.coompanion.sesi.application.shared.Problem;
import se.coompanion.sesi.application.shared.port.in.BackupDatabase;
import se.coompanion.sesi.application.shared.port.in.RestoreDatabase;
import se.coompanion.sesi.domain.shared.Message;

/**
 * {@code sesi db backup FILE [--exclude-personal-data]}: a consistent snapshot of the whole database in one file, also
 * while it is in use. Without personal data, the snapshot is restored into a database in memory, every contact person
 * is erased there as {@code sesi privacy erase} would (the person's details and every mention of them in free text),
 * and that database is written to FILE: a backup to share with someone who may not see the contact persons.
 */
@Command(name = "backup", resourceBundle = "se.coompanion.sesi.adapters.cli.shared.messages",
        mixinStandardHelpOptions = true)
public final class DbBackupCommand extends CliCommand {

    @Parameters(index = "0", paramLabel = "FILE", descriptionKey = "db.backup.file")
    private Path file;

    @Option(names = "--exclude-personal-data", descriptionKey = "db.backup.excludePersonalData")
    private boolean excludePersonalData;

    @Override
    public Integer call() {
        OutputGuard.check(file);
        if (!excludePersonalData) {
            BackupSummary summary = sesi().database().backupDatabase().backup(new BackupDatabase.Command(file));
            out().println(text("db.backup.done", file.toAbsolutePath(), summary.totalRows(), summary.rows().size()));
            return ExitCode.OK;
        }
        Path directory = file.toAbsolutePath().getParent();
        Path whole = null;
        try {
            Files.createDirectories(directory);
            // owner-only (createTempFile), and removed below: it holds the personal data
            whole = Files.createTempFile(directory, ".sesi-backup-whole-", ".zip");
            sesi().database().backupDatabase().backup(new BackupDatabase.Command(whole));
            SesiApplication copy = context().scratchApplication();
            copy.database().restoreDatabase().restore(new RestoreDatabase.Command(whole));
            int erased = 0;
            for (ListContacts.Listed listed : copy.actors().listContacts().list(Optional.empty())) {
                if (!listed.contact().erased()) {
                    copy.privacy().erasePersonalData().erase(listed.contact().id().toString());
                    erased++;
                }
            }
            BackupSummary summary = copy.database().backupDatabase().backup(new BackupDatabase.Command(file));
            out().println(text("db.backup.done", file.toAbsolutePath(), summary.totalRows(), summary.rows().size()));
            out().println(text("db.backup.withoutPersonalData", erased));
            return ExitCode.OK;
        } catch (IOException e) {
            throw InvalidInputException.of(Problem.ofField("", file.toString(), Message.of(OutputGuard.class,
                    "output.cannotWrite", file, e.getClass().getSimpleName() + ": " + e.getMessage())));
        } finally {
            deleteQuietly(whole);
        }
    }

    private static void deleteQuietly(Path whole) {
        if (whole != null) {
            try {
                Files.deleteIfExists(whole);
            } catch (IOException e) {
                // a leftover is owner-only and named as a temporary file
            }
        }
    }
}
