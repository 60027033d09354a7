package com.openhtmltopdf.archfixture;

/**
 * A stand-in in openhtmltopdf's package namespace for the PDF rule's fixture (archfixtures.pdfincli): the rule
 * {@code pdfLibrariesOnlyInDocuments} matches the library by its packages, and the library itself is not on this
 * module's class path. No class of the real library has this name.
 */
public final class PdfWriterStandIn {
    public byte[] write(String html) {
        return html.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }
}
