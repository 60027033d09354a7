package se.coompanion.sesi.adapters.documents;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import se.coompanion.sesi.adapters.documents.render.pdf.PdfText;
import se.coompanion.sesi.adapters.documents.report.ReportDocument;
import se.coompanion.sesi.adapters.documents.statistics.MaterialDocument;

/** The text of any document as its reader gets it: a text document's text, a PDF's text as PDFBox extracts it. */
public final class DocumentText {

    private DocumentText() {
    }

    public static String of(Document document) {
        if (document instanceof TextDocument text) {
            return text.text();
        }
        boolean pdf = document.mediaType().equals(ByteDocument.PDF);
        if (!pdf && document instanceof ReportDocument report) {
            return report.text();
        }
        if (!pdf && document instanceof MaterialDocument material) {
            return material.text();
        }
        return PdfText.of(bytes(document)).text();
    }

    /** The document's bytes, as a stream gets them. */
    public static byte[] bytes(Document document) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            document.writeTo(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
