package se.coompanion.sesi.adapters.cli.privacy;

import java.io.StringWriter;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import se.coompanion.sesi.adapters.cli.CliCommand;
import se.coompanion.sesi.adapters.cli.ExitCode;
import se.coompanion.sesi.adapters.cli.FormatOption;
import se.coompanion.sesi.adapters.documents.OutputFile;
import se.coompanion.sesi.adapters.documents.OutputGuard;
import se.coompanion.sesi.adapters.documents.render.OutputFormat;
import se.coompanion.sesi.adapters.documents.render.Cell;
import se.coompanion.sesi.adapters.documents.render.CsvTable;
import se.coompanion.sesi.adapters.documents.render.Table;
import se.coompanion.sesi.application.privacy.port.in.ExportPersonalData;
import se.coompanion.sesi.application.privacy.port.in.PersonalRecord;
import se.coompanion.sesi.domain.shared.Message;
import se.coompanion.sesi.adapters.documents.render.TimeText;

/**
 * {@code sesi privacy export --contact ID [--out FILE]}: everything held about a person, one line per field of
 * every record that refers to the person or mentions them ({@code store,record,field,value}). With {@code --out}
 * the CSV goes to a file only its owner may read.
 */
@Command(name = "export", resourceBundle = "se.coompanion.sesi.adapters.cli.privacy.messages",
        mixinStandardHelpOptions = true)
public final class PrivacyExportCommand extends CliCommand {

    @Option(names = "--contact", paramLabel = "ID", required = true, descriptionKey = "privacy.contact")
    private String contact;

    @Option(names = "--out", paramLabel = "FILE", descriptionKey = "export.out")
    private Path file;

    @Mixin
    private FormatOption format;

    @Override
    public Integer call() {
        if (file != null) {
            OutputGuard.check(file);
        }
        ExportPersonalData.Result export = sesi().privacy().exportPersonalData().export(contact);
        Table table = table(export);
        if (file != null) {
            StringWriter csv = new StringWriter();
            CsvTable.print(table, csv);
            OutputFile.writePrivate(file, csv.toString());
            out().println(text("export.written", export.records().size(), export.contact().id(), file));
            return ExitCode.OK;
        }
        if (format.format() == OutputFormat.TABLE) {
            out().println(text("export.heading", export.contact().id(), export.actor().name(),
                    TimeText.minutes(export.exportedAt())));
            out().println();
        }
        print(table, format.format());
        return ExitCode.OK;
    }

    static Table table(ExportPersonalData.Result export) {
        Table table = Table.of(column("store"), column("record"), column("field"), column("value"));
        for (PersonalRecord record : export.records()) {
            for (PersonalRecord.Field field : record.fields()) {
                table.row(Cell.text(record.store()), Cell.text(record.record()), Cell.text(field.name()),
                        Cell.text(field.value()));
            }
        }
        return table;
    }

    private static Table.Column column(String name) {
        return new Table.Column(name, Message.of(PrivacyExportCommand.class, "column." + name));
    }
}
