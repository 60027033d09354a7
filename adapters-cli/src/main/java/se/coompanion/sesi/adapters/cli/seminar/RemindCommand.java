package se.coompanion.sesi.adapters.cli.seminar;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import se.coompanion.sesi.adapters.cli.CliCommand;
import se.coompanion.sesi.adapters.cli.ExitCode;
import se.coompanion.sesi.adapters.cli.survey.MailMergeFile;
import se.coompanion.sesi.application.seminar.port.in.SendReminder;

/**
 * {@code sesi seminar remind --out FILE [--status S,..] [--contact ID,..] [--date D]}: records a reminder to a chosen
 * subset of the invited (by default those without an answer) and writes their names, organisations, email addresses
 * and phone numbers to FILE for an e-mail or a mail merge. The software sends no e-mail. The file holds personal data:
 * only its owner may read it. Nothing is recorded when the file cannot be written.
 */
@Command(name = "remind", resourceBundle = "se.coompanion.sesi.adapters.cli.seminar.messages",
        mixinStandardHelpOptions = true, sortOptions = false)
public final class RemindCommand extends CliCommand {

    @Option(names = "--out", required = true, paramLabel = "FILE", descriptionKey = "remind.out")
    private Path file;

    @Option(names = "--status", split = ",", paramLabel = "STATUS", descriptionKey = "remind.status")
    private List<String> statuses = new ArrayList<>();

    @Option(names = "--contact", split = ",", paramLabel = "ID", descriptionKey = "remind.contact")
    private List<String> contacts = new ArrayList<>();

    @Option(names = "--date", paramLabel = "YYYY-MM-DD", descriptionKey = "remind.date")
    private LocalDate date;

    @Mixin
    private SeminarOption seminar;

    @Override
    public Integer call() {
        MailMergeFile.checkWritable(file);
        SendReminder.Result result = sesi().seminar().sendReminder().remind(new SendReminder.Command(seminar.seminar(),
                date, statuses, contacts));
        ReminderList.write(file, result.recipients());
        out().println(text("remind.done", result.recipients().size(), result.seminar().id(), result.date(), file));
        if (result.withoutEmail() > 0) {
            out().println(text("remind.withoutEmail", result.withoutEmail()));
        }
        return ExitCode.OK;
    }
}
