package se.coompanion.sesi.adapters.cli.shared;

import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import se.coompanion.sesi.adapters.cli.CliCommand;
import se.coompanion.sesi.adapters.cli.ExitCode;
import se.coompanion.sesi.application.shared.port.in.BackupDatabase;
import se.coompanion.sesi.application.shared.BackupSummary;

/** {@code sesi db backup FILE}: a consistent snapshot of the whole database in one file, also while it is in use. */
@Command(name = "backup", resourceBundle = "se.coompanion.sesi.adapters.cli.shared.messages",
        mixinStandardHelpOptions = true)
public final class DbBackupCommand extends CliCommand {

    @Parameters(index = "0", paramLabel = "FILE", descriptionKey = "db.backup.file")
    private Path file;

    @Override
    public Integer call() {
        BackupSummary summary = sesi().backupDatabase().backup(new BackupDatabase.Command(file));
        out().println(text("db.backup.done", file.toAbsolutePath(), summary.totalRows(), summary.rows().size()));
        return ExitCode.OK;
    }
}
