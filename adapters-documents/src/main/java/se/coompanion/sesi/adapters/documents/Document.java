package se.coompanion.sesi.adapters.documents;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;

/**
 * One document of the pre-study as a value: what it is called and what kind of file it is, and its content, written
 * on demand. A web application streams it ({@link #writeTo(OutputStream)}, with {@link #mediaType()} as the content
 * type); a program saves it ({@link #writeInto(Path)} or {@link #writeTo(Path)}), whole or not at all, so that a
 * reader never opens half a report. Documents come from {@link SesiDocuments}.
 */
public interface Document {

    /** The name the document is saved under, e.g. {@code slutrapport-sv.html}. */
    String fileName();

    /** The media type to serve it with, e.g. {@code text/html; charset=UTF-8}. */
    String mediaType();

    /**
     * Writes the document's bytes to the stream, which is flushed but left open.
     *
     * @param out where to write, e.g. a servlet response's stream
     * @throws IOException when the stream fails
     */
    void writeTo(OutputStream out) throws IOException;

    /**
     * Writes the document to the file, replacing it, whole or not at all (a temporary file beside it is moved into
     * place); the directory is created when missing. A file that cannot be written is an
     * {@link se.coompanion.sesi.application.shared.InvalidInputException} that says why.
     *
     * @param file the file to write
     * @return the file, as an absolute path
     */
    Path writeTo(Path file);

    /**
     * Writes the document into the directory under its {@link #fileName()}, as {@link #writeTo(Path)} does. A
     * directory that is a file is an {@link se.coompanion.sesi.application.shared.InvalidInputException}.
     *
     * @param directory the directory, created when missing
     * @return the file written
     */
    default Path writeInto(Path directory) {
        return writeTo(OutputFile.inDirectory(directory, fileName()));
    }
}
