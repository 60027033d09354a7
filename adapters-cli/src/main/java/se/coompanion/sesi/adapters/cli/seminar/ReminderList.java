package se.coompanion.sesi.adapters.cli.seminar;

import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import se.coompanion.sesi.adapters.documents.OutputFile;
import se.coompanion.sesi.adapters.documents.render.CsvTable;
import se.coompanion.sesi.application.seminar.port.in.ListInvitations;

/**
 * The list a reminder goes to, for an e-mail or a mail merge: {@code contact,name,organisation,email,phone}, one row
 * per recipient in the order invited. UTF-8 with a byte order mark (Word and Excel on Windows need it to read å, ä and
 * ö), RFC 4180, text that a spreadsheet would take for a formula with a leading apostrophe. It holds personal data:
 * on POSIX systems only its owner may read it.
 */
public final class ReminderList {

    private static final String BOM = "\uFEFF";

    private ReminderList() {
    }

    public static void write(Path file, List<ListInvitations.Invited> recipients) {
        StringWriter csv = new StringWriter();
        CsvTable.print(SeminarTables.reminder(recipients), csv);
        OutputFile.writePrivate(file, BOM + csv);
    }
}
