package archfixtures.pdfincli.adapters.cli.report;

import com.openhtmltopdf.archfixture.PdfWriterStandIn;

/** Violation: a command writes a PDF itself instead of printing a document. */
public final class PdfCommand {
    public byte[] pdf(String html) {
        return new PdfWriterStandIn().write(html);
    }
}
