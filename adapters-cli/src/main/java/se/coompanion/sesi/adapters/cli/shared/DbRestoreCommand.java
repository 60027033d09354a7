package se.coompanion.sesi.adapters.cli.shared;

import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import se.coompanion.sesi.adapters.cli.CliCommand;
import se.coompanion.sesi.adapters.cli.ExitCode;
import se.coompanion.sesi.adapters.documents.InputGuard;
import se.coompanion.sesi.adapters.documents.render.TimeText;
import se.coompanion.sesi.application.shared.BackupSummary;
import se.coompanion.sesi.application.shared.port.in.RestoreDatabase;

/** {@code sesi db restore FILE}: a backup into a new, empty database (H2 or PostgreSQL). */
@Command(name = "restore", resourceBundle = "se.coompanion.sesi.adapters.cli.shared.messages",
        mixinStandardHelpOptions = true)
public final class DbRestoreCommand extends CliCommand {

    @Parameters(index = "0", paramLabel = "FILE", descriptionKey = "db.restore.file")
    private Path file;

    @Override
    public Integer call() {
        InputGuard.check(file);
        BackupSummary summary =
                sesiCreatingDatabase().database().restoreDatabase().restore(new RestoreDatabase.Command(file));
        if (!summary.checksums()) {
            err().println(text("db.restore.noChecksums", file.toAbsolutePath()));
            err().flush();
        }
        out().println(text("db.restore.done", file.toAbsolutePath(), TimeText.minutes(summary.createdAt()),
                summary.product(), summary.totalRows(), context().databaseLocation()));
        return ExitCode.OK;
    }
}
