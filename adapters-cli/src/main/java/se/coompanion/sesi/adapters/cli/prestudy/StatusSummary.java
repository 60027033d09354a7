package se.coompanion.sesi.adapters.cli.prestudy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import se.coompanion.sesi.adapters.cli.BuildVersion;
import se.coompanion.sesi.adapters.cli.Language;
import se.coompanion.sesi.adapters.documents.render.OutputFormat;
import se.coompanion.sesi.application.prestudy.port.in.ShowProgress;
import se.coompanion.sesi.domain.prestudy.ActivityProgress;
import se.coompanion.sesi.adapters.documents.prestudy.StatusTable;

/**
 * What {@code sesi status} printed, in every language and format, kept as the database's summary so that the next
 * {@code sesi status} on the unchanged database can answer without opening it (docs/benchmarks.md, "Start").
 *
 * <p>The summary is only as good as the code that rendered it: it names the sesi version, the jars (or class
 * folders) of the rendering code with their size and time, and the Java VM (number formats come from the JDK's locale
 * data). A summary made by another build or another Java is not used.
 */
public final class StatusSummary {

    private static final int FORMAT_VERSION = 1;

    private StatusSummary() {
    }

    /** The summary of a status result: its text in each language and format. */
    public static byte[] of(ShowProgress.Result result) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeInt(FORMAT_VERSION);
            out.writeUTF(build());
            for (Language language : Language.values()) {
                for (OutputFormat format : OutputFormat.values()) {
                    byte[] text = StatusTable.render(result, language.locale(), format)
                            .getBytes(StandardCharsets.UTF_8);
                    out.writeUTF(language.name() + "." + format.name());
                    out.writeInt(text.length);
                    out.write(text);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** The text of {@code sesi status} in the language and format, if the summary holds it and this build made it. */
    public static Optional<String> text(byte[] summary, Language language, OutputFormat format) {
        String wanted = language.name() + "." + format.name();
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(summary))) {
            if (in.readInt() != FORMAT_VERSION || !in.readUTF().equals(build())) {
                return Optional.empty();
            }
            while (in.available() > 0) {
                String key = in.readUTF();
                byte[] text = new byte[in.readInt()];
                in.readFully(text);
                if (key.equals(wanted)) {
                    return Optional.of(new String(text, StandardCharsets.UTF_8));
                }
            }
            return Optional.empty();
        } catch (IOException | RuntimeException e) {
            // A summary this code cannot read (another format, cut short): compute the status instead.
            return Optional.empty();
        }
    }

    /**
     * This build and Java: the version, the Java VM, and for the code that renders the status (this adapter, the
     * application, the domain's texts) where it was loaded from with that file's size and time.
     */
    private static String build() {
        StringBuilder build = new StringBuilder(BuildVersion.version()).append(' ')
                .append(System.getProperty("java.vm.version"));
        Set<Path> seen = new HashSet<>();
        for (Class<?> code : new Class<?>[] {StatusSummary.class, ShowProgress.class, ActivityProgress.class}) {
            try {
                Path location = Path.of(code.getProtectionDomain().getCodeSource().getLocation().toURI());
                if (seen.add(location)) {
                    build.append(' ').append(location);
                    if (Files.isRegularFile(location)) {
                        build.append(' ').append(Files.size(location)).append(' ')
                                .append(Files.getLastModifiedTime(location).toMillis());
                    }
                }
            } catch (IOException | URISyntaxException | RuntimeException e) {
                build.append(" unknown");
            }
        }
        return build.toString();
    }
}
