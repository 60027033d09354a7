package se.coompanion.sesi.adapters.cli.statistics;

import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;
import se.coompanion.sesi.adapters.cli.CliCommand;
import se.coompanion.sesi.adapters.cli.ExitCode;
import se.coompanion.sesi.adapters.documents.DocumentFormat;
import se.coompanion.sesi.adapters.documents.statistics.MaterialDocument;
import se.coompanion.sesi.domain.shared.DomainException;
import se.coompanion.sesi.domain.shared.Message;

/** {@code sesi material --out DIR [--format html|md]}: the information material on women's entrepreneurship. */
@Command(name = "material", resourceBundle = "se.coompanion.sesi.adapters.cli.statistics.messages",
        mixinStandardHelpOptions = true, sortOptions = false)
public final class MaterialCommand extends CliCommand {

    @Option(names = "--out", required = true, paramLabel = "DIR", descriptionKey = "material.out")
    private Path directory;

    @Option(names = "--format", paramLabel = "html|md", defaultValue = "html", converter = FormatConverter.class,
            descriptionKey = "material.format")
    private DocumentFormat format = DocumentFormat.HTML;

    @Override
    public Integer call() {
        MaterialDocument material = documents().informationMaterial(format, context().locale());
        out().println(text("material.written", material.writeInto(directory)));
        if (material.usesExampleData()) {
            err().println(text("material.exampleWarning"));
        }
        return ExitCode.OK;
    }

    /** Reads html or md. */
    static final class FormatConverter implements ITypeConverter<DocumentFormat> {
        @Override
        public DocumentFormat convert(String value) {
            try {
                return DocumentFormat.parse(value);
            } catch (DomainException e) {
                throw new TypeConversionException(Message.of(MaterialCommand.class, "material.formatUnknown", value)
                        .localized());
            }
        }
    }
}
