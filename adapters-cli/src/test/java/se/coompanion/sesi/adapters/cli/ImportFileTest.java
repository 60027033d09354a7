package se.coompanion.sesi.adapters.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import se.coompanion.sesi.application.shared.Column;
import se.coompanion.sesi.application.shared.ImportReport;
import se.coompanion.sesi.application.shared.InvalidInputException;
import se.coompanion.sesi.application.shared.RowImport;
import se.coompanion.sesi.application.testing.InMemorySesiPorts;
import se.coompanion.sesi.application.testing.TestValidation;
import se.coompanion.sesi.domain.shared.OrganisationNumber;

class ImportFileTest {

    private static final Locale ENGLISH = Locale.ENGLISH;
    private static final Column ORG = Column.required("organisationsnummer", "org_number");
    private static final Column NAME = Column.required("namn", "name");

    @TempDir
    Path directory;

    private final InMemorySesiPorts ports = new InMemorySesiPorts();
    private final List<String> stored = new ArrayList<>();
    private final RowImport<String> names = new RowImport<>("test-names", List.of(ORG, NAME), row -> {
        row.required(ORG, OrganisationNumber::parse);
        String name = row.required(NAME);
        return row.ok() ? name : null;
    });

    @Command(name = "import")
    static final class ImportCommand {
        @Mixin
        ImportFile file;
    }

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private ImportReport run(String... args) {
        ImportCommand command = new ImportCommand();
        new CommandLine(command).parseArgs(args);
        return command.file.run((rows, options) -> names.run(rows, options, ports.importLog(), ports.transactions(),
                TestValidation.CLOCK, stored::addAll), ENGLISH, new PrintWriter(out), new PrintWriter(err));
    }

    private Path csv(String name, String text) throws IOException {
        return Files.writeString(directory.resolve(name), text, StandardCharsets.UTF_8);
    }

    @Test
    void imports_the_file_and_says_how_many_rows() throws IOException {
        Path file = csv("names.csv", "org_number;name\n716460-3867;Coompanion\n556016-0680;Bolaget\n");

        ImportReport report = run(file.toString());

        assertThat(report.rowsStored()).isEqualTo(2);
        assertThat(stored).containsExactly("Coompanion", "Bolaget");
        assertThat(out.toString()).contains("Imported 2 of 2 rows from " + file);
    }

    @Test
    void skip_invalid_writes_the_rejected_rows_with_line_and_reasons() throws IOException {
        Path file = csv("names.csv", "org_number,name\n716460-3867,Coompanion\n716460-3868,Fel\n,Tom\n");
        Path rejects = directory.resolve("out").resolve("rejects.csv");

        ImportReport report = run(file.toString(), "--skip-invalid", "--rejects", rejects.toString());

        assertThat(report.rowsRejected()).isEqualTo(2);
        assertThat(stored).containsExactly("Coompanion");
        assertThat(Files.readAllLines(rejects)).containsExactly(
                "line,problems,org_number,name",
                "3,organisationsnummer/org_number: Organisationsnummer 716460-3868: check digit should be 7,"
                        + "716460-3868,Fel",
                "4,organisationsnummer/org_number: a value is required,,Tom");
        assertThat(out.toString()).contains("2 rows rejected: see " + rejects);
        try (var left = Files.list(rejects.getParent())) {
            assertThat(left).containsExactly(rejects);
        }
    }

    @Test
    void a_bad_file_leaves_no_rejects_file_behind() throws IOException {
        Path file = csv("names.csv", "org_number,name,extra\n716460-3867,A,x\n");
        Path rejects = directory.resolve("rejects.csv");

        assertThatThrownBy(() -> run(file.toString(), "--skip-invalid", "--rejects", rejects.toString()))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("unknown column extra");
        try (var left = Files.list(directory)) {
            assertThat(left).containsExactly(file);
        }
    }

    @Test
    void the_same_file_again_is_reported_as_already_imported() throws IOException {
        Path file = csv("names.csv", "org_number,name\n716460-3867,Coompanion\n");
        run(file.toString());

        ImportReport again = run(file.toString());

        assertThat(again.alreadyImported()).isTrue();
        assertThat(stored).hasSize(1);
        assertThat(out.toString()).contains("was already imported");
    }

    @Test
    void skip_invalid_and_rejects_go_together() throws IOException {
        Path file = csv("names.csv", "org_number,name\n716460-3867,Coompanion\n");

        assertThatThrownBy(() -> run(file.toString(), "--skip-invalid")).hasMessageContaining("--rejects FILE");
        assertThatThrownBy(() -> run(file.toString(), "--rejects", "x.csv")).hasMessageContaining("--skip-invalid");
        assertThat(stored).isEmpty();
    }
}
