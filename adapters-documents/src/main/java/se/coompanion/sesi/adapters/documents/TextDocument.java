package se.coompanion.sesi.adapters.documents;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * A document that is text (HTML, Markdown, SVG, CSV, plain text), written as UTF-8. A subclass writes its text to
 * a {@link Writer}; this class gives it the ways of {@link Document} and {@link #text()}. Its media types carry the
 * charset.
 */
public abstract class TextDocument implements Document {

    /** An HTML page. */
    public static final String HTML = "text/html; charset=UTF-8";
    /** Markdown. */
    public static final String MARKDOWN = "text/markdown; charset=UTF-8";
    /** An SVG picture. */
    public static final String SVG = "image/svg+xml; charset=UTF-8";
    /** CSV for programs and spreadsheets. */
    public static final String CSV = "text/csv; charset=UTF-8";
    /** Plain text, such as a table aligned for a terminal. */
    public static final String PLAIN = "text/plain; charset=UTF-8";

    private final String fileName;
    private final String mediaType;

    /**
     * @param fileName  the name the document is saved under
     * @param mediaType its media type, one of the constants of this class or another text type with its charset
     */
    protected TextDocument(String fileName, String mediaType) {
        this.fileName = Objects.requireNonNull(fileName, "fileName");
        this.mediaType = Objects.requireNonNull(mediaType, "mediaType");
    }

    /**
     * A document whose text is made when it is written.
     *
     * @param fileName  the name it is saved under
     * @param mediaType its media type
     * @param text      makes the whole text
     * @return the document
     */
    public static TextDocument of(String fileName, String mediaType, Supplier<String> text) {
        Objects.requireNonNull(text, "text");
        return new TextDocument(fileName, mediaType) {
            @Override
            protected void writeText(Writer out) throws IOException {
                out.write(text.get());
            }
        };
    }

    /**
     * Writes the whole text.
     *
     * @param out where to write; not to be closed
     * @throws IOException when the writer fails
     */
    protected abstract void writeText(Writer out) throws IOException;

    /**
     * Called after the document was written whole (to a stream or a file), for a document whose writing is
     * evidence of something (the information material records its production). Does nothing by default.
     */
    protected void written() {
    }

    @Override
    public final String fileName() {
        return fileName;
    }

    @Override
    public final String mediaType() {
        return mediaType;
    }

    /** The whole document as text, for a page held in memory or a test. */
    public final String text() {
        StringWriter text = new StringWriter();
        try {
            writeText(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text.toString();
    }

    @Override
    public final void writeTo(OutputStream out) throws IOException {
        Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        try {
            writeText(writer);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        writer.flush();
        written();
    }

    @Override
    public final Path writeTo(Path file) {
        Path target = file.toAbsolutePath().normalize();
        OutputFile.write(target, this::writeText);
        written();
        return target;
    }

    @Override
    public String toString() {
        return fileName + " (" + mediaType + ")";
    }
}
