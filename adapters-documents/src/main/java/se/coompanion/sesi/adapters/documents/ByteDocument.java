package se.coompanion.sesi.adapters.documents;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Objects;

/**
 * A document written as bytes, such as a PDF (a text document is one too: {@link TextDocument}): a subclass writes its
 * bytes to an {@link OutputStream}; this class gives it the ways of {@link Document} and {@link #bytes()}.
 */
public abstract class ByteDocument implements Document {

    /** A PDF file. */
    public static final String PDF = "application/pdf";

    private final String fileName;
    private final String mediaType;

    /**
     * @param fileName  the name the document is saved under
     * @param mediaType its media type, e.g. {@link #PDF}
     */
    protected ByteDocument(String fileName, String mediaType) {
        this.fileName = Objects.requireNonNull(fileName, "fileName");
        this.mediaType = Objects.requireNonNull(mediaType, "mediaType");
    }

    /**
     * Writes the whole document.
     *
     * @param out where to write; not to be closed
     * @throws IOException when the stream fails
     */
    protected abstract void writeBytes(OutputStream out) throws IOException;

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

    /** The whole document, for one held in memory or a test. */
    public final byte[] bytes() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            writeBytes(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    @Override
    public final void writeTo(OutputStream out) throws IOException {
        try {
            writeBytes(out);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        out.flush();
        written();
    }

    @Override
    public final Path writeTo(Path file) {
        Path target = file.toAbsolutePath().normalize();
        OutputFile.writeBytes(target, this::writeBytes);
        written();
        return target;
    }

    @Override
    public String toString() {
        return fileName + " (" + mediaType + ")";
    }
}
