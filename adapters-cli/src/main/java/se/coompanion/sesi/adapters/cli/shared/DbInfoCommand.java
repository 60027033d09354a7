package se.coompanion.sesi.adapters.cli.shared;

import java.util.Locale;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import se.coompanion.sesi.adapters.cli.CliCommand;
import se.coompanion.sesi.adapters.cli.ExitCode;
import se.coompanion.sesi.adapters.cli.FormatOption;
import se.coompanion.sesi.adapters.documents.render.OutputFormat;
import se.coompanion.sesi.adapters.documents.render.Cell;
import se.coompanion.sesi.adapters.documents.render.Table;
import se.coompanion.sesi.application.shared.port.in.ShowDatabaseInfo;
import se.coompanion.sesi.application.shared.DatabaseInfo;
import se.coompanion.sesi.application.shared.ImportRecord;
import se.coompanion.sesi.domain.shared.Glossary;
import se.coompanion.sesi.domain.shared.Message;

/** {@code sesi db info}: which database, its schema version and size, and the imports recorded in it. */
@Command(name = "info", resourceBundle = "se.coompanion.sesi.adapters.cli.shared.messages",
        mixinStandardHelpOptions = true)
public final class DbInfoCommand extends CliCommand {

    @Mixin
    private FormatOption format;

    @Override
    public Integer call() {
        ShowDatabaseInfo.Result result = sesi().database().showDatabaseInfo().show();
        DatabaseInfo db = result.database();
        Table facts = Table.of(column("field"), column("value"));
        facts.row(field("product"), Cell.text(db.product()));
        facts.row(field("location"), Cell.text(db.location()));
        facts.row(field("user"), Cell.text(db.user()));
        facts.row(field("schema_version"), Cell.text(db.schemaVersion()));
        facts.row(field("size_bytes"), db.sizeBytes().map(Cell::number).orElse(Cell.empty()));
        facts.row(field("imports"), Cell.number(result.imports().size()));
        print(facts, format.format());
        if (format.format() == OutputFormat.TABLE && !result.imports().isEmpty()) {
            out().println();
            Table imports = Table.of(column("imported_at"), column("kind"), column("source"), column("rows_read"),
                    column("rows_stored"), column("rows_rejected"));
            for (ImportRecord record : result.imports()) {
                imports.row(Cell.time(record.importedAt()),
                        Cell.coded(record.kind(), Glossary.termOrKey("import", record.kind())),
                        Cell.text(record.sourceName()), Cell.number(record.rowsRead()),
                        Cell.number(record.rowsStored()), Cell.number(record.rowsRejected()));
            }
            print(imports, OutputFormat.TABLE);
        }
        return ExitCode.OK;
    }

    private static Table.Column column(String name) {
        return new Table.Column(name, Message.of(DbInfoCommand.class, "db.column." + name));
    }

    private static Cell field(String name) {
        return Cell.coded(name.toLowerCase(Locale.ROOT), Message.of(DbInfoCommand.class, "db.field." + name));
    }
}
