package se.coompanion.sesi.adapters.documents;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * A document that is text (HTML, Markdown, SVG, CSV, plain text), written as UTF-8. A subclass writes its text to
 * a {@link Writer}; this class gives it the ways of {@link Document} (through {@link ByteDocument}) and
 * {@link #text()}. Its media types carry the charset.
 */
public abstract class TextDocument extends ByteDocument {

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

    /**
     * @param fileName  the name the document is saved under
     * @param mediaType its media type, one of the constants of this class or another text type with its charset
     */
    protected TextDocument(String fileName, String mediaType) {
        super(fileName, mediaType);
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

    /** The text as UTF-8. */
    @Override
    protected final void writeBytes(OutputStream out) throws IOException {
        Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        writeText(writer);
        writer.flush();
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
}
