package se.coompanion.sesi.adapters.cli;

import se.coompanion.sesi.adapters.documents.DocumentFormat;

/** Reads a document's form, {@code html}, {@code md} or {@code pdf} ({@code --format} of the commands that write a document). */
public final class DocumentFormatConverter extends CodeConverter<DocumentFormat> {

    public DocumentFormatConverter() {
        super(DocumentFormat::parse);
    }
}
