package se.coompanion.sesi.adapters.cli.seminar;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import se.coompanion.sesi.adapters.cli.CliCommand;
import se.coompanion.sesi.adapters.cli.ExitCode;
import se.coompanion.sesi.adapters.documents.InputGuard;
import se.coompanion.sesi.application.seminar.port.in.WriteMinutes;
import se.coompanion.sesi.application.shared.InvalidInputException;
import se.coompanion.sesi.application.shared.Problem;
import se.coompanion.sesi.domain.shared.Message;

/**
 * {@code sesi seminar minutes write (--file F | --text T) [--final]}: writes the minutes. The latest draft changes in
 * place; after a final version a new version is made. The file is UTF-8 text or Markdown.
 */
@Command(name = "write", resourceBundle = "se.coompanion.sesi.adapters.cli.seminar.messages",
        mixinStandardHelpOptions = true, sortOptions = false)
public final class MinutesWriteCommand extends CliCommand {

    @ArgGroup(exclusive = true, multiplicity = "1")
    private Source source;

    @Option(names = "--final", descriptionKey = "minutes.final")
    private boolean finalise;

    @Mixin
    private SeminarOption seminar;

    static final class Source {
        @Option(names = "--file", paramLabel = "FILE", descriptionKey = "minutes.file")
        private Path file;

        @Option(names = "--text", paramLabel = "TEXT", descriptionKey = "minutes.text")
        private String text;
    }

    @Override
    public Integer call() {
        String minutes = source.file != null ? read(source.file) : source.text;
        WriteMinutes.Result result = sesi().seminar().writeMinutes().write(new WriteMinutes.Command(seminar.seminar(),
                minutes, finalise));
        int version = result.version().version();
        if (result.unchanged()) {
            out().println(text("minutes.unchanged", version));
        } else {
            out().println(text(result.created() ? "minutes.created" : "minutes.changed", version,
                    result.seminar().id()));
        }
        if (result.version().isFinal() && finalise) {
            out().println(text("minutes.finalised", version));
        }
        return ExitCode.OK;
    }

    private static String read(Path file) {
        InputGuard.check(file);
        try {
            String text = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(Files.readAllBytes(file)))
                    .toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            throw InvalidInputException.of(Problem.ofField("--file", file.toString(), Message.of(
                    MinutesWriteCommand.class, "minutes.notUtf8", file)));
        } catch (IOException e) {
            throw InvalidInputException.of(Problem.ofField("--file", file.toString(), Message.of(
                    MinutesWriteCommand.class, "minutes.unreadable", file, e.getClass().getSimpleName())));
        }
    }
}
