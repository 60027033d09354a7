package se.coompanion.sesi.adapters.documents.render.pdf;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineNode;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * A PDF read with PDFBox for the tests: the text of each page, the metadata, the bookmarks, the tags and the fonts,
 * as a reader and a screen reader find them.
 *
 * @param pages       the text of each page
 * @param title       the document's title
 * @param language    the catalog's {@code /Lang}
 * @param tagged      true when the PDF is marked as tagged and has a structure tree
 * @param bookmarks   the bookmarks' titles, depth first, indented two spaces per level
 * @param fonts       the fonts' names, each once per page that uses it
 * @param unembedded  the fonts that are not embedded
 * @param a4          true when every page is A4 portrait
 * @param figures     the alternative text of every figure of the structure tree (a chart), empty when it has none
 * @param claimsPdfUa true when the metadata claims PDF/UA (ISO 14289)
 */
public record PdfText(List<String> pages, String title, String language, boolean tagged, List<String> bookmarks,
        List<String> fonts, List<String> unembedded, boolean a4, List<String> figures, boolean claimsPdfUa) {

    /** A4 in PDF points: 210 mm x 297 mm. */
    private static final double A4_WIDTH = 595.28;
    private static final double A4_HEIGHT = 841.89;

    public static PdfText of(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            List<String> pages = new ArrayList<>();
            PDFTextStripper stripper = new PDFTextStripper();
            for (int i = 1; i <= document.getNumberOfPages(); i++) {
                stripper.setStartPage(i);
                stripper.setEndPage(i);
                pages.add(stripper.getText(document));
            }
            List<String> fonts = new ArrayList<>();
            List<String> unembedded = new ArrayList<>();
            boolean a4 = true;
            for (PDPage page : document.getPages()) {
                a4 &= Math.abs(page.getMediaBox().getWidth() - A4_WIDTH) < 2
                        && Math.abs(page.getMediaBox().getHeight() - A4_HEIGHT) < 2;
                PDResources resources = page.getResources();
                for (var name : resources.getFontNames()) {
                    PDFont font = resources.getFont(name);
                    fonts.add(font.getName());
                    if (!font.isEmbedded()) {
                        unembedded.add(font.getName());
                    }
                }
            }
            var catalog = document.getDocumentCatalog();
            boolean tagged = catalog.getMarkInfo() != null && catalog.getMarkInfo().isMarked()
                    && catalog.getStructureTreeRoot() != null;
            List<String> bookmarks = new ArrayList<>();
            if (catalog.getDocumentOutline() != null) {
                outline(catalog.getDocumentOutline(), "", bookmarks);
            }
            List<String> figures = new ArrayList<>();
            if (catalog.getStructureTreeRoot() != null) {
                figures(catalog.getStructureTreeRoot().getKids(), figures);
            }
            boolean pdfUa = false;
            if (catalog.getMetadata() != null) {
                try (var xmp = catalog.getMetadata().exportXMPMetadata()) {
                    pdfUa = new String(xmp.readAllBytes(), StandardCharsets.UTF_8).contains("pdfuaid:part");
                }
            }
            return new PdfText(List.copyOf(pages), document.getDocumentInformation().getTitle(),
                    catalog.getLanguage(), tagged, List.copyOf(bookmarks), List.copyOf(fonts), List.copyOf(unembedded),
                    a4, List.copyOf(figures), pdfUa);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void figures(List<Object> kids, List<String> alts) {
        for (Object kid : kids) {
            if (kid instanceof PDStructureElement element) {
                if ("Figure".equals(element.getStructureType())) {
                    alts.add(element.getAlternateDescription() == null ? "" : element.getAlternateDescription());
                }
                figures(element.getKids(), alts);
            }
        }
    }

    private static void outline(PDOutlineNode node, String indent, List<String> titles) {
        for (PDOutlineItem item : node.children()) {
            titles.add(indent + item.getTitle());
            outline(item, indent + "  ", titles);
        }
    }

    /** Every page's text, one after the other. */
    public String text() {
        return String.join("\n", pages);
    }
}
